namespace Anodyne.Clinical.Scores;

/// <summary>A MIDAS total (sum of questions 1 to 5), its grade and, when the clinic uses them, the grade IV sub-grade.</summary>
public sealed record MidasScore
{
    // Grade IV-A ends at 40 (clinical/outcomes.md §4.4) [unverified; only reported when MidasOptions turns it on].
    private const int LastFourATotal = 40;

    public MidasScore(int total, MidasOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentNullException.ThrowIfNull(options);
        Total = total;
        Grade = GradeFor(total);
        SubGrade = options.ReportGradeFourSubGrades && Grade == MidasGrade.SevereDisability
            ? (total <= LastFourATotal ? MidasGradeFourSubGrade.FourA : MidasGradeFourSubGrade.FourB)
            : null;
    }

    public int Total { get; }

    public MidasGrade Grade { get; }

    /// <summary>IV-A or IV-B; null unless the grade is IV and the clinic reports sub-grades.</summary>
    public MidasGradeFourSubGrade? SubGrade { get; }

    // Grade I 0-5, II 6-10, III 11-20, IV >=21 (clinical/outcomes.md §4.4: Stewart et al., Neurology 2001) [verified].
    private static MidasGrade GradeFor(int total) => total switch
    {
        <= 5 => MidasGrade.LittleOrNoDisability,
        <= 10 => MidasGrade.MildDisability,
        <= 20 => MidasGrade.ModerateDisability,
        _ => MidasGrade.SevereDisability,
    };
}

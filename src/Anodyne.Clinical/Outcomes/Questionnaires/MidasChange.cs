namespace Anodyne.Clinical.Outcomes.Questionnaires;

/// <summary>
/// Change in MIDAS score (sum of questions 1–5, days over 3 months) between two visits, read through the
/// published grades (outcomes.md §4.4). The notes give no minimal important difference for MIDAS, so none is applied.
/// </summary>
public sealed record MidasChange(int BaselineScore, int FollowUpScore)
{
    public int BaselineScore { get; } = CheckScore(BaselineScore, nameof(BaselineScore));

    public int FollowUpScore { get; } = CheckScore(FollowUpScore, nameof(FollowUpScore));

    /// <summary>Follow-up minus baseline, in days; negative is less disability.</summary>
    public int Change => FollowUpScore - BaselineScore;

    public MidasGrade BaselineGrade => GradeOf(BaselineScore);

    public MidasGrade FollowUpGrade => GradeOf(FollowUpScore);

    /// <summary>Grades moved: negative is towards less disability.</summary>
    public int GradesMoved => (int)FollowUpGrade - (int)BaselineGrade;

    public static MidasGrade GradeOf(int score) => CheckScore(score, nameof(score)) switch
    {
        <= 5 => MidasGrade.LittleOrNoDisability, // grade I, 0–5, outcomes.md §4.4
        <= 10 => MidasGrade.MildDisability, // grade II, 6–10, outcomes.md §4.4
        <= 20 => MidasGrade.ModerateDisability, // grade III, 11–20, outcomes.md §4.4
        _ => MidasGrade.SevereDisability, // grade IV, ≥21, outcomes.md §4.4
    };

    private static int CheckScore(int score, string name) => score >= 0
        ? score
        : throw new ArgumentOutOfRangeException(name, score, "A MIDAS score counts days and is not negative.");
}

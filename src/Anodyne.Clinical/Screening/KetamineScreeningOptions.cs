namespace Anodyne.Clinical.Screening;

/// <summary>
/// Clinic settings for the ketamine screen. The notes give no universal thresholds (clinical/sources.md open question 7);
/// each default is the value the notes do give, with its source, and the clinic's physicians set their own.
/// </summary>
public sealed record KetamineScreeningOptions
{
    private readonly int _doNotGiveSystolicAboveMmHg = 180;
    private readonly int _reviewSystolicBelowMmHg = 90;
    private readonly decimal _reviewLiverEnzymesAboveTimesUpperLimit = 2m;
    private readonly decimal _reviewOralMorphineEquivalentAtOrAboveMgPerDay = 80m;
    private readonly FindingSeverity _pregnancySeverity = FindingSeverity.Blocking;

    public static KetamineScreeningOptions Default { get; } = new();

    /// <summary>
    /// Do not give if systolic is above this: 180 mmHg in the West J Emerg Med 2020 ED protocol
    /// (clinical/protocols-and-safety.md §2.2) [verified], an example limit the clinic must confirm.
    /// </summary>
    public int DoNotGiveSystolicAboveMmHg
    {
        get => _doNotGiveSystolicAboveMmHg;
        init => _doNotGiveSystolicAboveMmHg = PositiveMmHg(value);
    }

    /// <summary>
    /// Physician review if systolic is below this: 90 mmHg "in one protocol" (SCIRP ED protocol,
    /// clinical/protocols-and-safety.md §2.2) [secondary], so a clinic setting.
    /// </summary>
    public int ReviewSystolicBelowMmHg
    {
        get => _reviewSystolicBelowMmHg;
        init => _reviewSystolicBelowMmHg = PositiveMmHg(value);
    }

    /// <summary>
    /// Physician review if ALT or AST is above this multiple of the upper limit of normal: KetHead excluded
    /// ALT/AST &gt; 2 × ULN (Hoydonckx et al., Trials 2023, Table 1; clinical/protocols-and-safety.md §2.8) [verified].
    /// </summary>
    public decimal ReviewLiverEnzymesAboveTimesUpperLimit
    {
        get => _reviewLiverEnzymesAboveTimesUpperLimit;
        init => _reviewLiverEnzymesAboveTimesUpperLimit = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A multiple of the upper limit must be above 0.");
    }

    /// <summary>
    /// Physician review at or above this daily oral morphine equivalent: KetHead excluded ≥ 80 mg/day
    /// (Hoydonckx et al., Trials 2023, Table 1; clinical/protocols-and-safety.md §2.8) [verified].
    /// </summary>
    public decimal ReviewOralMorphineEquivalentAtOrAboveMgPerDay
    {
        get => _reviewOralMorphineEquivalentAtOrAboveMgPerDay;
        init => _reviewOralMorphineEquivalentAtOrAboveMgPerDay = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A daily dose limit must be above 0.");
    }

    /// <summary>
    /// Severity of pregnancy. Pregnancy is a contraindication "in some summaries" of the consensus guideline
    /// [unverified against the guideline text] and a KetHead exclusion [verified] (clinical/protocols-and-safety.md
    /// §1.4, §2.8; clinical/sources.md open question 5). Unverified, so a clinic setting; Blocking is the conservative default.
    /// </summary>
    public FindingSeverity PregnancySeverity
    {
        get => _pregnancySeverity;
        init => _pregnancySeverity = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a finding severity.");
    }

    private static int PositiveMmHg(int value) => value > 0
        ? value
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A blood pressure limit must be above 0 mmHg.");
}

using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Clinical.Outcomes;

/// <summary>
/// The clinic's choices where the clinical notes are unverified, conflicting or silent. Each default is the
/// conservative value, and each setting names its source so the settings screen can show it.
/// </summary>
public sealed record OutcomeSettings
{
    public static OutcomeSettings Default { get; } = new();

    /// <summary>
    /// No consensus migraine-day definition exists (outcomes.md §4.1). Default: ICHD-3 1.3 C (diagnosis.md §3.3),
    /// the classification's own definition of the days that make a migraine chronic.
    /// </summary>
    public MigraineDayDefinition MigraineDayDefinition
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MigraineDayDefinition), value, "Unknown migraine day definition.");
    } = MigraineDayDefinition.ChronicMigraineCriterionC;

    /// <summary>
    /// Share of a period's days that must carry a diary entry for the period to count. The notes say nothing on
    /// missing diary days (outcomes.md), so the default accepts only complete periods. Valid periods with missing
    /// days are pro-rated to 28 days from the days recorded.
    /// </summary>
    public decimal MinimumDiaryCompleteness
    {
        get;
        init => field = value is > 0m and <= 1m
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumDiaryCompleteness), value, "Completeness is a share above 0 and at most 1.");
    } = 1m;

    /// <summary>Prospective baseline of at least 28 days (IHS 2018, outcomes.md §4.2, unverified).</summary>
    public int BaselineDays
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(BaselineDays), value, "A baseline lasts at least one day.");
    } = 28;

    /// <summary>Window after an infusion: days 1–28, as KetHead measures (outcomes.md §4.7, verified).</summary>
    public int ResponseWindowDays
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ResponseWindowDays), value, "A window lasts at least one day.");
    } = 28;

    /// <summary>
    /// Responder thresholds as shares of reduction in monthly migraine days: 50%, and 30% for chronic migraine
    /// (IHS 2018, outcomes.md §4.2, unverified; 75% and 100% are named there as further thresholds).
    /// </summary>
    public IReadOnlyList<decimal> ResponderReductions
    {
        get;
        init => field = value is not null && value.Count > 0 && value.All(r => r is > 0m and <= 1m)
            ? [.. value]
            : throw new ArgumentOutOfRangeException(nameof(ResponderReductions), "Each threshold is a share above 0 and at most 1.");
    } = [0.50m, 0.30m];

    /// <summary>
    /// ICHD-3 8.2.6, several classes with none overused alone: at least 10 days a month in total
    /// (diagnosis.md §3.4, unverified, so a setting).
    /// </summary>
    public int MultipleClassOveruseDays
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MultipleClassOveruseDays), value, "A threshold is at least one day.");
    } = 10;

    /// <summary>
    /// Relapse: the reduction in monthly migraine days from baseline falls below this share. The notes define no
    /// relapse (outcomes.md §4.7, sources.md item 16); the default is the higher responder threshold (50%), so benefit
    /// ends as soon as the patient is no longer a 50% responder, the earliest of the published thresholds.
    /// </summary>
    public decimal RelapseBelowReduction
    {
        get;
        init => field = value is > 0m and <= 1m
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RelapseBelowReduction), value, "A reduction is a share above 0 and at most 1.");
    } = 0.50m;

    /// <summary>
    /// Days between the starts of successive follow-up windows after a series. Default 28: consecutive windows
    /// 1–28, 29–56, 57–84 as in KetHead (outcomes.md §4.7). A step of 1 gives a rolling 28-day window.
    /// </summary>
    public int DurabilityWindowStepDays
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(DurabilityWindowStepDays), value, "A step is at least one day.");
    } = 28;

    /// <summary>
    /// Longest gap in days between two infusions of one series; a longer gap starts a new series. The notes define
    /// no series (outcomes.md §4.7); the default is one response window (28 days), so a series ends once the last
    /// infusion's window has passed without another infusion.
    /// </summary>
    public int SeriesGapDays
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(SeriesGapDays), value, "A gap is at least one day.");
    } = 28;

    /// <summary>
    /// How many days back a patient may still fill in a missed diary day. Not a clinical figure: recall fades, so the
    /// default is short (7 days); staff entering from a paper diary are not limited.
    /// </summary>
    public int DiaryBackfillDays
    {
        get;
        init => field = value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(DiaryBackfillDays), value, "Backfill is zero or more days.");
    } = 7;

    /// <summary>HIT-6 repeats after its recall period of 4 weeks (outcomes.md §4.3).</summary>
    public int Hit6IntervalDays
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Hit6IntervalDays), value, "An interval is at least one day.");
    } = 28;

    /// <summary>MIDAS repeats after its recall period of 3 months, taken as 91 days (outcomes.md §4.4).</summary>
    public int MidasIntervalDays
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MidasIntervalDays), value, "An interval is at least one day.");
    } = 91;
}

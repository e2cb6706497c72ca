namespace Anodyne.Clinical.Outcomes.Periods;

/// <summary>
/// Outcome measures over one diary period. Per-month figures are per 28 days and pro-rated from the days the
/// patient recorded; they are null when <see cref="IsValid"/> is false.
/// </summary>
public sealed record PeriodOutcome(
    DiaryPeriod Period,
    int RecordedDays,
    bool IsValid,
    DayCount HeadacheDays,
    DayCount MigraineDays,
    DayCount ModerateOrSevereDays,
    DayCount DebilitatingDays,
    DayCount AnyAcuteMedicationDays,
    IReadOnlyList<AcuteMedicationClassDays> AcuteMedicationByClass,
    bool MultipleClassOveruseWarning)
{
    public int MissingDays => Period.Days - RecordedDays;

    /// <summary>Share of the period's days with a diary entry.</summary>
    public decimal DiaryCompleteness => (decimal)RecordedDays / Period.Days;

    public bool HasMedicationOveruseWarning =>
        MultipleClassOveruseWarning || AcuteMedicationByClass.Any(c => c.OveruseWarning);
}

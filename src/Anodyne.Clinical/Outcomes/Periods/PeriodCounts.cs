namespace Anodyne.Clinical.Outcomes.Periods;

/// <summary>
/// Counts of a period's classified diary days, as a database aggregate gives them: days recorded, and of those the
/// days of each kind. <see cref="DiaryOutcomes.FromCounts"/> turns them into a <see cref="PeriodOutcome"/> by the
/// same rules as a day-by-day measurement.
/// </summary>
public sealed record PeriodCounts(
    int Recorded,
    int HeadacheDays,
    int MigraineDays,
    int ModerateOrSevereDays,
    int DebilitatingDays,
    int AnyAcuteMedicationDays,
    int ErgotamineDays = 0,
    int TriptanDays = 0,
    int NonOpioidAnalgesicDays = 0,
    int OpioidDays = 0,
    int CombinationAnalgesicDays = 0)
{
    public int Recorded { get; } = Recorded >= 0
        ? Recorded
        : throw new ArgumentOutOfRangeException(nameof(Recorded), Recorded, "A count is not negative.");
}

namespace Anodyne.Clinical.Outcomes.Periods;

/// <summary>
/// Days of one kind in a period: <see cref="Days"/> as recorded, and <see cref="PerMonth"/> per 28-day month
/// (the IHS "monthly" unit, outcomes.md §4.2), pro-rated from the recorded days. PerMonth is null when the
/// period has too few diary entries to count.
/// </summary>
public sealed record DayCount(int Days, decimal? PerMonth);

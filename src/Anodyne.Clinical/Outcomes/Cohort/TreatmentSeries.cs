namespace Anodyne.Clinical.Outcomes.Cohort;

/// <summary>
/// A run of infusions with no gap longer than <see cref="OutcomeSettings.SeriesGapDays"/> between successive ones.
/// <see cref="NextSeriesStart"/> is the first infusion of the following series, if any.
/// </summary>
public sealed record TreatmentSeries(IReadOnlyList<DateOnly> Infusions, DateOnly? NextSeriesStart)
{
    public DateOnly Start => Infusions[0];

    public DateOnly End => Infusions[^1];

    /// <summary>Splits a patient's infusion days into series, oldest first.</summary>
    public static IReadOnlyList<TreatmentSeries> Split(IEnumerable<DateOnly> infusionDays, OutcomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(infusionDays);
        ArgumentNullException.ThrowIfNull(settings);
        var days = infusionDays.Distinct().Order().ToList();
        var groups = new List<List<DateOnly>>();
        foreach (var day in days)
        {
            if (groups.Count == 0 || day.DayNumber - groups[^1][^1].DayNumber > settings.SeriesGapDays)
            {
                groups.Add([]);
            }

            groups[^1].Add(day);
        }

        return groups
            .Select((g, i) => new TreatmentSeries(g, i + 1 < groups.Count ? groups[i + 1][0] : null))
            .ToList();
    }
}

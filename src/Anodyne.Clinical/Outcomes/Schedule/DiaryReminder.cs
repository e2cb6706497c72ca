namespace Anodyne.Clinical.Outcomes.Schedule;

/// <summary>
/// Which diary days a patient may still fill in, and whether a reminder is due. A day counts only when recorded
/// (a missing day is not a headache-free day, DiaryDay), so the patient is reminded whenever yesterday or today
/// has no entry and may backfill up to <see cref="OutcomeSettings.DiaryBackfillDays"/> days back.
/// </summary>
public static class DiaryReminder
{
    /// <summary>The first day the patient may still enter, counted back from today.</summary>
    public static DateOnly EarliestEntry(DateOnly today, OutcomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return today.AddDays(-settings.DiaryBackfillDays);
    }

    public static bool MayEnter(DateOnly day, DateOnly today, OutcomeSettings settings) =>
        day <= today && day >= EarliestEntry(today, settings);

    /// <summary>Days in the backfill window without an entry, newest first.</summary>
    public static IReadOnlyList<DateOnly> MissingDays(IEnumerable<DateOnly> recorded, DateOnly today, OutcomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var have = recorded.ToHashSet();
        var missing = new List<DateOnly>();
        for (var day = today; day >= EarliestEntry(today, settings); day = day.AddDays(-1))
        {
            if (!have.Contains(day))
            {
                missing.Add(day);
            }
        }

        return missing;
    }

    /// <summary>Reminder due: yesterday has no entry (today's may still come in the evening).</summary>
    public static bool IsDue(DateOnly? lastRecorded, DateOnly today) =>
        lastRecorded is not { } last || last < today.AddDays(-1);
}

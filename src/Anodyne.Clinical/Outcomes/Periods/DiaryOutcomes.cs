using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Clinical.Outcomes.Periods;

/// <summary>Counts the outcome days of a diary period and expresses them per 28-day month.</summary>
public static class DiaryOutcomes
{
    // the "monthly" unit of the IHS endpoints: per 28 days (outcomes.md §4.2)
    private const int DaysPerMonth = 28;

    public static PeriodOutcome Measure(IEnumerable<DiaryDay> diary, DiaryPeriod period, OutcomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(diary);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);

        var days = new List<DayClassification>();
        var seen = new HashSet<DateOnly>();
        foreach (var day in diary.Where(d => period.Contains(d.Date)))
        {
            if (!seen.Add(day.Date))
            {
                throw new ArgumentException($"The diary holds more than one entry for {day.Date:O}.", nameof(diary));
            }

            days.Add(DiaryDayClassifier.Classify(day, settings.MigraineDayDefinition));
        }

        int ClassDays(AcuteMedicationClasses c) => days.Count(d => d.IsAcuteMedicationDayFor(c));
        var counts = new PeriodCounts(
            days.Count,
            HeadacheDays: days.Count(d => d.IsHeadacheDay),
            MigraineDays: days.Count(d => d.IsMigraineDay),
            ModerateOrSevereDays: days.Count(d => d.IsModerateOrSevereDay),
            DebilitatingDays: days.Count(d => d.IsDebilitatingDay),
            AnyAcuteMedicationDays: days.Count(d => d.IsAcuteMedicationDay),
            ErgotamineDays: ClassDays(AcuteMedicationClasses.Ergotamine),
            TriptanDays: ClassDays(AcuteMedicationClasses.Triptan),
            NonOpioidAnalgesicDays: ClassDays(AcuteMedicationClasses.NonOpioidAnalgesic),
            OpioidDays: ClassDays(AcuteMedicationClasses.Opioid),
            CombinationAnalgesicDays: ClassDays(AcuteMedicationClasses.CombinationAnalgesic));
        return FromCounts(period, counts, settings);
    }

    /// <summary>The outcome of a period from counts already aggregated (by the database, for a cohort).</summary>
    public static PeriodOutcome FromCounts(DiaryPeriod period, PeriodCounts counts, OutcomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(settings);
        if (counts.Recorded > period.Days)
        {
            throw new ArgumentOutOfRangeException(nameof(counts), counts.Recorded, "A period cannot hold more diary days than it has days.");
        }

        var recorded = counts.Recorded;
        var isValid = recorded > 0 && (decimal)recorded / period.Days >= settings.MinimumDiaryCompleteness;

        DayCount Count(int n) => new(n, isValid ? (decimal)n * DaysPerMonth / recorded : null);

        int DaysOf(AcuteMedicationClasses c) => c switch
        {
            AcuteMedicationClasses.Ergotamine => counts.ErgotamineDays,
            AcuteMedicationClasses.Triptan => counts.TriptanDays,
            AcuteMedicationClasses.NonOpioidAnalgesic => counts.NonOpioidAnalgesicDays,
            AcuteMedicationClasses.Opioid => counts.OpioidDays,
            _ => counts.CombinationAnalgesicDays,
        };

        // The overuse warning uses the pro-rated rate when the period is valid. When it is not, it uses the days
        // recorded over the whole period, a floor that missing days can only raise, so a warning is never lost.
        bool ReachesPerMonth(int n, int thresholdDays)
        {
            var denominator = isValid ? recorded : period.Days;
            return (long)n * DaysPerMonth >= (long)thresholdDays * denominator;
        }

        var byClass = MedicationOveruseThresholds.Classes
            .Select(c =>
            {
                var count = Count(DaysOf(c));
                var threshold = MedicationOveruseThresholds.DaysPerMonth(c);
                return new AcuteMedicationClassDays(c, count, threshold, ReachesPerMonth(count.Days, threshold));
            })
            .ToList();

        var anyMedication = Count(counts.AnyAcuteMedicationDays);
        var classesTaken = byClass.Count(c => c.Days.Days > 0);

        // ICHD-3 8.2.6: two or more classes, none overused alone, on a total of at least 10 days a month (diagnosis.md §3.4)
        var multipleClassOveruse = classesTaken >= 2
            && !byClass.Any(c => c.OveruseWarning)
            && ReachesPerMonth(anyMedication.Days, settings.MultipleClassOveruseDays);

        return new PeriodOutcome(
            period,
            recorded,
            isValid,
            HeadacheDays: Count(counts.HeadacheDays),
            MigraineDays: Count(counts.MigraineDays),
            ModerateOrSevereDays: Count(counts.ModerateOrSevereDays),
            DebilitatingDays: Count(counts.DebilitatingDays),
            AnyAcuteMedicationDays: anyMedication,
            AcuteMedicationByClass: byClass,
            MultipleClassOveruseWarning: multipleClassOveruse);
    }
}

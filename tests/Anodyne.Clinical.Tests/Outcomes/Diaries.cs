using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Clinical.Tests.Outcomes;

/// <summary>Hand-made diary days for the worked examples.</summary>
internal static class Diaries
{
    /// <summary>
    /// A migraine day under every definition in outcomes.md §4.1: 6 h, severe, unilateral and pulsating with nausea.
    /// </summary>
    public static DiaryDay Migraine(DateOnly date, AcuteMedicationClasses medication = AcuteMedicationClasses.None) => new(
        date,
        new Headache(TimeSpan.FromHours(6), HeadacheSeverity.Severe, MigraineFeatures.Unilateral | MigraineFeatures.Pulsating | MigraineFeatures.NauseaOrVomiting),
        Aura: null,
        medication,
        FunctionalImpact.SeriousImpairment);

    /// <summary>
    /// A headache day that is not a migraine day under any definition: 3 h, mild, no features, no medicine.
    /// </summary>
    public static DiaryDay TensionTypeHeadache(DateOnly date) => new(
        date,
        new Headache(TimeSpan.FromHours(3), HeadacheSeverity.Mild, MigraineFeatures.None),
        Aura: null,
        AcuteMedicationClasses.None,
        FunctionalImpact.None);

    /// <summary>A day recorded without headache, aura or medicine.</summary>
    public static DiaryDay HeadacheFree(DateOnly date, AcuteMedicationClasses medication = AcuteMedicationClasses.None) =>
        new(date, Headache: null, Aura: null, medication, FunctionalImpact.None);

    /// <summary>
    /// Days <paramref name="firstDay"/> to <paramref name="firstDay"/> + <paramref name="days"/> - 1, each made by
    /// <paramref name="dayAt"/> from its 1-based day number; a null leaves that day missing from the diary.
    /// </summary>
    public static List<DiaryDay> Days(DateOnly firstDay, int days, Func<int, DateOnly, DiaryDay?> dayAt) =>
        Enumerable.Range(1, days)
            .Select(n => dayAt(n, firstDay.AddDays(n - 1)))
            .OfType<DiaryDay>()
            .ToList();
}

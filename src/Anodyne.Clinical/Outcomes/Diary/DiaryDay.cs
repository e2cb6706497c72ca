namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>
/// One calendar day of the headache diary. <see cref="Headache"/> is null on a day without headache.
/// A day with no entry at all is a missing diary day, which is not the same as a headache-free day.
/// </summary>
public sealed record DiaryDay(
    DateOnly Date,
    Headache? Headache,
    Aura? Aura,
    AcuteMedicationClasses AcuteMedication,
    FunctionalImpact FunctionalImpact)
{
    public bool HasHeadache => Headache is not null;

    /// <summary>
    /// Triptan or ergot: the migraine-specific acute medicines named in ICHD-3 1.3 C (diagnosis.md §3.3).
    /// </summary>
    public bool TookMigraineSpecificMedication =>
        (AcuteMedication & (AcuteMedicationClasses.Triptan | AcuteMedicationClasses.Ergotamine)) != 0;
}

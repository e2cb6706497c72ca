namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>How one recorded diary day counts towards the outcome measures.</summary>
public sealed record DayClassification(
    DateOnly Date,
    bool IsHeadacheDay,
    bool IsMigraineDay,
    bool IsModerateOrSevereDay,
    bool IsDebilitatingDay,
    AcuteMedicationClasses AcuteMedication)
{
    public bool IsAcuteMedicationDay => AcuteMedication != AcuteMedicationClasses.None;

    public bool IsAcuteMedicationDayFor(AcuteMedicationClasses medicationClass) => (AcuteMedication & medicationClass) != 0;
}

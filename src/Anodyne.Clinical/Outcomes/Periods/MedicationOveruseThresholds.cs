using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Clinical.Outcomes.Periods;

/// <summary>Days per month at which each acute medicine class counts as overused (ICHD-3 8.2, diagnosis.md §3.4).</summary>
public static class MedicationOveruseThresholds
{
    /// <summary>The classes in ICHD-3 order, 8.2.1 to 8.2.5.</summary>
    public static IReadOnlyList<AcuteMedicationClasses> Classes { get; } =
    [
        AcuteMedicationClasses.Ergotamine,
        AcuteMedicationClasses.Triptan,
        AcuteMedicationClasses.NonOpioidAnalgesic,
        AcuteMedicationClasses.Opioid,
        AcuteMedicationClasses.CombinationAnalgesic,
    ];

    public static int DaysPerMonth(AcuteMedicationClasses medicationClass) => medicationClass switch
    {
        AcuteMedicationClasses.Ergotamine => 10, // 8.2.1, diagnosis.md §3.4
        AcuteMedicationClasses.Triptan => 10, // 8.2.2, diagnosis.md §3.4
        AcuteMedicationClasses.NonOpioidAnalgesic => 15, // 8.2.3, diagnosis.md §3.4
        AcuteMedicationClasses.Opioid => 10, // 8.2.4, diagnosis.md §3.4
        AcuteMedicationClasses.CombinationAnalgesic => 10, // 8.2.5, diagnosis.md §3.4
        _ => throw new ArgumentOutOfRangeException(nameof(medicationClass), medicationClass, "Give exactly one medicine class."),
    };
}

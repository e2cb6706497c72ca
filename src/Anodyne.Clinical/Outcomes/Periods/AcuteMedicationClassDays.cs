using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Clinical.Outcomes.Periods;

/// <summary>
/// Days on which one acute medicine class was taken, against its ICHD-3 8.2 overuse threshold (diagnosis.md §3.4).
/// <see cref="OveruseWarning"/> is a prompt for the clinician, not a diagnosis: 8.2 also needs the overuse to last
/// more than 3 months and headache on at least 15 days a month.
/// </summary>
public sealed record AcuteMedicationClassDays(
    AcuteMedicationClasses MedicationClass,
    DayCount Days,
    int OveruseThresholdDays,
    bool OveruseWarning);

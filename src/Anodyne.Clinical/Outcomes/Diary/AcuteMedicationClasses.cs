namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>
/// Acute (symptomatic) medicine classes as ICHD-3 8.2 counts them (diagnosis.md §3.4).
/// Two non-opioid analgesics taken together are <see cref="NonOpioidAnalgesic"/>, not a combination (8.2.5).
/// </summary>
[Flags]
public enum AcuteMedicationClasses
{
    None = 0,
    Ergotamine = 1,
    Triptan = 2,
    NonOpioidAnalgesic = 4,
    Opioid = 8,
    CombinationAnalgesic = 16,
}

namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>
/// Peak intensity of the day's headache as the patient rated it on the diary's verbal scale.
/// "Moderate or severe intensity" is one of the four pain features of ICHD-3 1.1 C (diagnosis.md §3.1).
/// </summary>
public enum HeadacheSeverity
{
    Mild = 1,
    Moderate = 2,
    Severe = 3,
}

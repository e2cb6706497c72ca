namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>
/// How far headache limited the patient's daily activities that day.
/// <see cref="SeriousImpairment"/> is the EHF 2020 "debilitating headache" wording (diagnosis.md §3.6).
/// </summary>
public enum FunctionalImpact
{
    None = 0,
    ReducedActivity = 1,
    SeriousImpairment = 2,
}

namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>
/// Features of the day's headache as listed in ICHD-3 1.1 C (pain features) and 1.1 D (associated symptoms),
/// diagnosis.md §3.1. Intensity is not a flag here: it comes from <see cref="HeadacheSeverity"/>.
/// </summary>
[Flags]
public enum MigraineFeatures
{
    None = 0,

    // 1.1 C pain features (moderate or severe intensity is the fourth, taken from the peak severity)
    Unilateral = 1,
    Pulsating = 2,
    AggravatedByRoutineActivity = 4,

    // 1.1 D associated symptoms: nausea and/or vomiting, or photophobia together with phonophobia
    NauseaOrVomiting = 8,
    Photophobia = 16,
    Phonophobia = 32,
}

namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>The headache recorded on one calendar day.</summary>
public sealed record Headache(
    TimeSpan Duration,
    HeadacheSeverity PeakSeverity,
    MigraineFeatures Features,
    bool BelievedToBeMigraineAtOnset = false,
    bool RelievedByAcuteMedication = false)
{
    private static readonly TimeSpan CalendarDay = TimeSpan.FromHours(24);

    // a diary day is a calendar day (outcomes.md §4.1), so one day's headache lasts at most 24 h
    public TimeSpan Duration { get; } = Duration > TimeSpan.Zero && Duration <= CalendarDay
        ? Duration
        : throw new ArgumentOutOfRangeException(nameof(Duration), Duration, "A day's headache lasts more than 0 and at most 24 hours.");

    public HeadacheSeverity PeakSeverity { get; } = Enum.IsDefined(PeakSeverity)
        ? PeakSeverity
        : throw new ArgumentOutOfRangeException(nameof(PeakSeverity), PeakSeverity, "Unknown headache severity.");

    public bool IsModerateOrSevere => PeakSeverity >= HeadacheSeverity.Moderate;

    /// <summary>Count of the four ICHD-3 1.1 C pain features (diagnosis.md §3.1).</summary>
    public int PainFeatureCount =>
        (Features.HasFlag(MigraineFeatures.Unilateral) ? 1 : 0)
        + (Features.HasFlag(MigraineFeatures.Pulsating) ? 1 : 0)
        + (IsModerateOrSevere ? 1 : 0)
        + (Features.HasFlag(MigraineFeatures.AggravatedByRoutineActivity) ? 1 : 0);

    /// <summary>ICHD-3 1.1 D: nausea and/or vomiting, or photophobia together with phonophobia (diagnosis.md §3.1).</summary>
    public bool HasAssociatedSymptom =>
        Features.HasFlag(MigraineFeatures.NauseaOrVomiting)
        || Features.HasFlag(MigraineFeatures.Photophobia | MigraineFeatures.Phonophobia);

    /// <summary>ICHD-3 1.1 C and D: at least 2 pain features and at least 1 associated symptom (diagnosis.md §3.1).</summary>
    public bool HasMigraineFeatures => PainFeatureCount >= 2 && HasAssociatedSymptom;
}

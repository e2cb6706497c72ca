namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>
/// A fully reversible aura recorded on a diary day (ICHD-3 1.2 B, diagnosis.md §3.2).
/// <see cref="Duration"/> is how long the aura symptom lasted; with several symptoms, how long each lasted.
/// </summary>
public sealed record Aura(TimeSpan Duration, AuraCharacteristics Characteristics)
{
    private static readonly TimeSpan TypicalShortest = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan TypicalLongest = TimeSpan.FromMinutes(60);

    public TimeSpan Duration { get; } = Duration > TimeSpan.Zero
        ? Duration
        : throw new ArgumentOutOfRangeException(nameof(Duration), Duration, "An aura lasts some time.");

    /// <summary>Aura of 5–60 min: ICHD-3 1.2 C (diagnosis.md §3.2) and the migraine-day definitions in outcomes.md §4.1.</summary>
    public bool LastsFiveToSixtyMinutes => Duration >= TypicalShortest && Duration <= TypicalLongest;

    /// <summary>ICHD-3 1.2 C: at least 3 of the 6 characteristics (diagnosis.md §3.2).</summary>
    public bool MeetsMigraineWithAuraCriteria =>
        int.PopCount((int)Characteristics) + (LastsFiveToSixtyMinutes ? 1 : 0) >= 3;
}

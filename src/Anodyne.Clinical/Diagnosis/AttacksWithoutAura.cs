using static System.FormattableString;

namespace Anodyne.Clinical.Diagnosis;

/// <summary>
/// The patient's typical headache attack without aura and how many such attacks there have been
/// (the features of ICHD-3 1.1, clinical/diagnosis.md §3.1).
/// </summary>
/// <param name="NumberOfAttacks">Attacks of this kind in the patient's history.</param>
/// <param name="DurationHours">
/// How long an attack lasts untreated or unsuccessfully treated; if the patient falls asleep, until waking.
/// </param>
/// <param name="Unilateral">Pain on one side.</param>
/// <param name="Pulsating">Pulsating quality.</param>
/// <param name="ModerateOrSevereIntensity">Moderate or severe pain.</param>
/// <param name="AggravatedByRoutinePhysicalActivity">Aggravated by, or causing avoidance of, routine physical activity.</param>
/// <param name="NauseaOrVomiting">Nausea and/or vomiting during the headache.</param>
/// <param name="Photophobia">Sensitivity to light during the headache.</param>
/// <param name="Phonophobia">Sensitivity to sound during the headache.</param>
public sealed record AttacksWithoutAura(
    int NumberOfAttacks,
    decimal DurationHours,
    bool Unilateral,
    bool Pulsating,
    bool ModerateOrSevereIntensity,
    bool AggravatedByRoutinePhysicalActivity,
    bool NauseaOrVomiting,
    bool Photophobia,
    bool Phonophobia)
{
    public int NumberOfAttacks { get; } = NumberOfAttacks >= 0
        ? NumberOfAttacks
        : throw new ArgumentOutOfRangeException(nameof(NumberOfAttacks), NumberOfAttacks, "The number of attacks cannot be negative.");

    public decimal DurationHours { get; } = DurationHours > 0
        ? DurationHours
        : throw new ArgumentOutOfRangeException(nameof(DurationHours), DurationHours, Invariant($"An attack lasts more than 0 hours; {DurationHours} was given."));
}

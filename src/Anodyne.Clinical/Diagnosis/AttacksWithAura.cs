namespace Anodyne.Clinical.Diagnosis;

/// <summary>
/// The patient's attacks with aura and the aura's characteristics (ICHD-3 1.2 B and C, clinical/diagnosis.md §3.2).
/// </summary>
/// <param name="NumberOfAttacks">Attacks with aura in the patient's history.</param>
/// <param name="Symptoms">The aura symptoms the patient has had; at least one.</param>
/// <param name="FullyReversible">Every aura symptom resolves completely.</param>
/// <param name="SymptomSpreadsGraduallyOverFiveMinutesOrMore">At least one symptom spreads gradually over 5 minutes or more.</param>
/// <param name="TwoOrMoreSymptomsInSuccession">Two or more symptoms occur in succession.</param>
/// <param name="EachSymptomLastsFiveToSixtyMinutes">Each individual symptom lasts 5 to 60 minutes.</param>
/// <param name="AtLeastOneSymptomUnilateral">At least one symptom is unilateral.</param>
/// <param name="AtLeastOneSymptomPositive">At least one symptom is positive (e.g. scintillations, pins and needles).</param>
/// <param name="HeadacheWithinSixtyMinutes">The aura is accompanied, or followed within 60 minutes, by headache.</param>
public sealed record AttacksWithAura(
    int NumberOfAttacks,
    IReadOnlySet<AuraSymptom> Symptoms,
    bool FullyReversible,
    bool SymptomSpreadsGraduallyOverFiveMinutesOrMore,
    bool TwoOrMoreSymptomsInSuccession,
    bool EachSymptomLastsFiveToSixtyMinutes,
    bool AtLeastOneSymptomUnilateral,
    bool AtLeastOneSymptomPositive,
    bool HeadacheWithinSixtyMinutes)
{
    public int NumberOfAttacks { get; } = NumberOfAttacks >= 0
        ? NumberOfAttacks
        : throw new ArgumentOutOfRangeException(nameof(NumberOfAttacks), NumberOfAttacks, "The number of attacks cannot be negative.");

    public IReadOnlySet<AuraSymptom> Symptoms { get; } = ValidSymptoms(Symptoms, nameof(Symptoms));

    private static HashSet<AuraSymptom> ValidSymptoms(IReadOnlySet<AuraSymptom> symptoms, string parameter)
    {
        ArgumentNullException.ThrowIfNull(symptoms, parameter);
        if (symptoms.Count == 0)
        {
            throw new ArgumentException("Attacks with aura need at least one aura symptom; record no aura as no attacks with aura.", parameter);
        }

        if (symptoms.Any(s => !Enum.IsDefined(s)))
        {
            throw new ArgumentException("An aura symptom is not one of visual, sensory, speech or language, motor, brainstem or retinal.", parameter);
        }

        return new HashSet<AuraSymptom>(symptoms);
    }
}

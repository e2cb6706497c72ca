using static System.FormattableString;

namespace Anodyne.Clinical.Diagnosis;

/// <summary>ICHD-3 1.2 Migraine with aura (clinical/diagnosis.md §3.2) [verified].</summary>
public static class MigraineWithAuraCriteria
{
    public const string Code = "1.2";
    public const string Name = "Migraine with aura";

    // 1.2 A: at least 2 attacks.
    internal const int MinimumAttacks = 2;

    // 1.2 C: at least 3 of the 6 aura characteristics.
    internal const int MinimumAuraCharacteristics = 3;

    public static DiagnosisAssessment Assess(HeadacheHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new(Code, Name, [.. CriteriaAToC(history), CommonCriteria.NotBetterAccountedFor("1.2 D", history)]);
    }

    /// <summary>1.2 A to C; probable migraine with aura (1.5.2) counts how many of these are met.</summary>
    internal static IReadOnlyList<CriterionAssessment> CriteriaAToC(HeadacheHistory history) =>
    [
        EnoughAttacks(history.WithAura),
        ReversibleAuraSymptom(history.WithAura),
        AuraCharacteristics(history.WithAura),
    ];

    /// <summary>1.2 B and C both met: the attacks count towards chronic migraine 1.3 B.</summary>
    internal static bool AttacksMeetBAndC(HeadacheHistory history) =>
        ReversibleAuraSymptom(history.WithAura).IsMet && AuraCharacteristics(history.WithAura).IsMet;

    private static CriterionAssessment EnoughAttacks(AttacksWithAura? attacks)
    {
        var count = attacks?.NumberOfAttacks ?? 0;
        return new("1.2 A", count >= MinimumAttacks, Invariant(
            $"At least {MinimumAttacks} attacks are required; {count} attacks with aura are recorded. (B and C are checked separately below.)"));
    }

    private static CriterionAssessment ReversibleAuraSymptom(AttacksWithAura? attacks)
    {
        if (attacks is null)
        {
            return new("1.2 B", false, "No attacks with aura are recorded.");
        }

        var symptoms = string.Join(", ", attacks.Symptoms.Order().Select(Describe));
        return attacks.FullyReversible
            ? new("1.2 B", true, $"At least one fully reversible aura symptom is required. Recorded: {symptoms}, fully reversible.")
            : new("1.2 B", false, $"At least one fully reversible aura symptom is required. Recorded: {symptoms}, but not fully reversible.");
    }

    private static CriterionAssessment AuraCharacteristics(AttacksWithAura? attacks)
    {
        if (attacks is null)
        {
            return new("1.2 C", false, "No attacks with aura are recorded.");
        }

        (bool Present, string Text)[] characteristics =
        [
            (attacks.SymptomSpreadsGraduallyOverFiveMinutesOrMore, "a symptom spreads gradually over 5 minutes or more"),
            (attacks.TwoOrMoreSymptomsInSuccession, "two or more symptoms in succession"),
            (attacks.EachSymptomLastsFiveToSixtyMinutes, "each symptom lasts 5 to 60 minutes"),
            (attacks.AtLeastOneSymptomUnilateral, "at least one symptom unilateral"),
            (attacks.AtLeastOneSymptomPositive, "at least one symptom positive"),
            (attacks.HeadacheWithinSixtyMinutes, "aura accompanied or followed within 60 minutes by headache"),
        ];
        var present = characteristics.Where(c => c.Present).Select(c => c.Text).ToList();
        var list = present.Count == 0 ? "none" : string.Join("; ", present);
        return new("1.2 C", present.Count >= MinimumAuraCharacteristics, Invariant(
            $"At least {MinimumAuraCharacteristics} of the 6 aura characteristics are required. Present ({present.Count}): {list}."));
    }

    private static string Describe(AuraSymptom symptom) => symptom switch
    {
        AuraSymptom.Visual => "visual",
        AuraSymptom.Sensory => "sensory",
        AuraSymptom.SpeechOrLanguage => "speech or language",
        AuraSymptom.Motor => "motor",
        AuraSymptom.Brainstem => "brainstem",
        AuraSymptom.Retinal => "retinal",
        _ => throw new ArgumentOutOfRangeException(nameof(symptom), symptom, "Not an aura symptom."),
    };
}

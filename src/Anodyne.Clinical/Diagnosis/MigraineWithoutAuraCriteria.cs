using static System.FormattableString;

namespace Anodyne.Clinical.Diagnosis;

/// <summary>ICHD-3 1.1 Migraine without aura (clinical/diagnosis.md §3.1) [verified].</summary>
public static class MigraineWithoutAuraCriteria
{
    public const string Code = "1.1";
    public const string Name = "Migraine without aura";

    // 1.1 A: at least 5 attacks.
    internal const int MinimumAttacks = 5;

    // 1.1 B: 4-72 h untreated or unsuccessfully treated; 2-72 h allowed under 18 years.
    internal const decimal MinimumHoursAdult = 4m;
    internal const decimal MinimumHoursUnder18 = 2m;
    internal const decimal MaximumHours = 72m;
    internal const int AdultAgeYears = 18;

    // 1.1 C: at least 2 of the 4 pain characteristics.
    internal const int MinimumPainCharacteristics = 2;

    public static DiagnosisAssessment Assess(HeadacheHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new(Code, Name, [.. CriteriaAToD(history), CommonCriteria.NotBetterAccountedFor("1.1 E", history)]);
    }

    /// <summary>1.1 A to D; probable migraine without aura (1.5.1) counts how many of these are met.</summary>
    internal static IReadOnlyList<CriterionAssessment> CriteriaAToD(HeadacheHistory history) =>
    [
        EnoughAttacks(history.WithoutAura),
        Duration(history.WithoutAura, history.AgeYears),
        PainCharacteristics(history.WithoutAura),
        AccompanyingSymptoms(history.WithoutAura),
    ];

    /// <summary>1.1 B, C and D all met: the attacks count towards chronic migraine 1.3 B.</summary>
    internal static bool AttacksMeetBToD(HeadacheHistory history) =>
        Duration(history.WithoutAura, history.AgeYears).IsMet
        && PainCharacteristics(history.WithoutAura).IsMet
        && AccompanyingSymptoms(history.WithoutAura).IsMet;

    private static CriterionAssessment EnoughAttacks(AttacksWithoutAura? attacks)
    {
        var count = attacks?.NumberOfAttacks ?? 0;
        return new("1.1 A", count >= MinimumAttacks, Invariant(
            $"At least {MinimumAttacks} attacks are required; {count} attacks without aura are recorded. (B to D are checked separately below.)"));
    }

    private static CriterionAssessment Duration(AttacksWithoutAura? attacks, int ageYears)
    {
        if (attacks is null)
        {
            return new("1.1 B", false, "No attacks without aura are recorded.");
        }

        var minimum = ageYears < AdultAgeYears ? MinimumHoursUnder18 : MinimumHoursAdult;
        var ageNote = ageYears < AdultAgeYears ? Invariant($" (patient is {ageYears}, under 18, so 2 hours is enough)") : "";
        var met = attacks.DurationHours >= minimum && attacks.DurationHours <= MaximumHours;
        return new("1.1 B", met, Invariant(
            $"Attacks must last {minimum} to {MaximumHours} hours untreated or unsuccessfully treated{ageNote}; they last {attacks.DurationHours} hours."));
    }

    private static CriterionAssessment PainCharacteristics(AttacksWithoutAura? attacks)
    {
        if (attacks is null)
        {
            return new("1.1 C", false, "No attacks without aura are recorded.");
        }

        var present = new List<string>();
        if (attacks.Unilateral)
        {
            present.Add("unilateral");
        }

        if (attacks.Pulsating)
        {
            present.Add("pulsating");
        }

        if (attacks.ModerateOrSevereIntensity)
        {
            present.Add("moderate or severe intensity");
        }

        if (attacks.AggravatedByRoutinePhysicalActivity)
        {
            present.Add("aggravated by or causing avoidance of routine physical activity");
        }

        var list = present.Count == 0 ? "none" : string.Join(", ", present);
        return new("1.1 C", present.Count >= MinimumPainCharacteristics, Invariant(
            $"At least {MinimumPainCharacteristics} of: unilateral, pulsating, moderate or severe intensity, aggravated by routine physical activity. Present ({present.Count}): {list}."));
    }

    private static CriterionAssessment AccompanyingSymptoms(AttacksWithoutAura? attacks)
    {
        if (attacks is null)
        {
            return new("1.1 D", false, "No attacks without aura are recorded.");
        }

        var both = attacks.Photophobia && attacks.Phonophobia;
        var met = attacks.NauseaOrVomiting || both;
        var found = (attacks.NauseaOrVomiting, attacks.Photophobia, attacks.Phonophobia) switch
        {
            (true, _, _) when both => "nausea or vomiting, and photophobia with phonophobia",
            (true, _, _) => "nausea or vomiting",
            (false, _, _) when both => "photophobia with phonophobia",
            (false, true, false) => "photophobia without phonophobia, which is not enough",
            (false, false, true) => "phonophobia without photophobia, which is not enough",
            _ => "neither",
        };
        return new("1.1 D", met, $"During headache, nausea and/or vomiting, or photophobia and phonophobia together. Found: {found}.");
    }
}

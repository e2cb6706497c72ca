using static System.FormattableString;

namespace Anodyne.Clinical.Diagnosis;

/// <summary>
/// ICHD-3 1.5 Probable migraine: attacks that fall short of 1.1 or 1.2 by exactly one criterion.
/// clinical/diagnosis.md §3.1 E gives the example "fewer than 5 attacks → 1.5.1 Probable migraine without aura";
/// the general rule, all but one of 1.1 A-D (1.5.1) or of 1.2 A-C (1.5.2), is ICHD-3's definition of 1.5.
/// </summary>
public static class ProbableMigraineCriteria
{
    public const string WithoutAuraCode = "1.5.1";
    public const string WithoutAuraName = "Probable migraine without aura";
    public const string WithAuraCode = "1.5.2";
    public const string WithAuraName = "Probable migraine with aura";

    /// <summary>
    /// Probable migraine without aura. <paramref name="otherMigraineDiagnoses"/> are the assessments of 1.1, 1.2 and 1.3:
    /// a fulfilled migraine diagnosis takes precedence over a probable one.
    /// </summary>
    public static DiagnosisAssessment AssessWithoutAura(HeadacheHistory history, IReadOnlyList<DiagnosisAssessment> otherMigraineDiagnoses)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(otherMigraineDiagnoses);
        return Assess(WithoutAuraCode, WithoutAuraName, "1.1 A-D", MigraineWithoutAuraCriteria.CriteriaAToD(history), history, otherMigraineDiagnoses);
    }

    /// <summary>Probable migraine with aura; see <see cref="AssessWithoutAura"/>.</summary>
    public static DiagnosisAssessment AssessWithAura(HeadacheHistory history, IReadOnlyList<DiagnosisAssessment> otherMigraineDiagnoses)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(otherMigraineDiagnoses);
        return Assess(WithAuraCode, WithAuraName, "1.2 A-C", MigraineWithAuraCriteria.CriteriaAToC(history), history, otherMigraineDiagnoses);
    }

    private static DiagnosisAssessment Assess(
        string code,
        string name,
        string criteriaLabel,
        IReadOnlyList<CriterionAssessment> fullCriteria,
        HeadacheHistory history,
        IReadOnlyList<DiagnosisAssessment> otherMigraineDiagnoses)
    {
        var unmet = fullCriteria.Where(c => !c.IsMet).Select(c => c.Criterion).ToList();
        var shortByOne = unmet.Count == 1;
        var missing = unmet.Count == 0 ? "none" : string.Join(", ", unmet);
        var details = string.Join(" ", fullCriteria.Select(c => $"[{c.Criterion} {(c.IsMet ? "met" : "not met")}: {c.Explanation}]"));
        var allButOne = new CriterionAssessment(Invariant($"{code} A"), shortByOne, Invariant(
            $"All but one of {criteriaLabel} must be met (exactly one missing); {fullCriteria.Count - unmet.Count} of {fullCriteria.Count} are met, missing: {missing}. {details}"));

        var fulfilled = otherMigraineDiagnoses.Where(d => d.IsFulfilled).Select(d => $"{d.Code} {d.Name}").ToList();
        var noOtherMigraine = new CriterionAssessment(Invariant($"{code} B"), fulfilled.Count == 0, fulfilled.Count == 0
            ? "No other migraine diagnosis (1.1, 1.2, 1.3) is fulfilled."
            : $"Another migraine diagnosis is fulfilled and takes precedence: {string.Join(", ", fulfilled)}.");

        return new(code, name,
        [
            allButOne,
            noOtherMigraine,
            CommonCriteria.NotBetterAccountedFor(Invariant($"{code} C"), history, "This includes tension-type headache and every other headache disorder."),
        ]);
    }
}

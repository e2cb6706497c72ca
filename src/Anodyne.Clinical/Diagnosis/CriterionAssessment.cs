namespace Anodyne.Clinical.Diagnosis;

/// <summary>One criterion of a classification, whether the patient meets it, and why, in words a physician can check.</summary>
/// <param name="Criterion">The criterion as the source labels it, e.g. "1.1 C" or "EHF 2020 resistant: classes failed".</param>
/// <param name="IsMet">Whether the history meets it.</param>
/// <param name="Explanation">The rule and the patient's values that decided it.</param>
public sealed record CriterionAssessment(string Criterion, bool IsMet, string Explanation);

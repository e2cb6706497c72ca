namespace Anodyne.Clinical.Diagnosis;

/// <summary>An ICHD-3 diagnosis checked against a headache history: fulfilled only when every criterion is met.</summary>
/// <param name="Code">ICHD-3 code, e.g. "1.3" or "8.2.2".</param>
/// <param name="Name">ICHD-3 name, e.g. "Chronic migraine".</param>
/// <param name="Criteria">Every criterion checked, met or not, with its explanation.</param>
public sealed record DiagnosisAssessment(string Code, string Name, IReadOnlyList<CriterionAssessment> Criteria)
{
    public bool IsFulfilled => Criteria.All(c => c.IsMet);
}

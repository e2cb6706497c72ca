namespace Anodyne.Clinical.Diagnosis;

/// <summary>Every ICHD-3 diagnosis checked for one headache history, fulfilled or not, with every criterion explained.</summary>
public sealed record HeadacheClassification(IReadOnlyList<DiagnosisAssessment> Assessments)
{
    /// <summary>The diagnoses whose criteria are all met. A patient may have several, e.g. 1.3 and 8.2.2.</summary>
    public IReadOnlyList<DiagnosisAssessment> Diagnoses => [.. Assessments.Where(a => a.IsFulfilled)];

    /// <summary>The assessment for one ICHD-3 code.</summary>
    public DiagnosisAssessment For(string code) => Assessments.Single(a => a.Code == code);

    public bool HasDiagnosis(string code) => For(code).IsFulfilled;
}

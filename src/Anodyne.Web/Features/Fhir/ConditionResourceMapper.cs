using System.Globalization;
using Anodyne.Clinical.Diagnosis;
using Anodyne.Web.Features.Intake;
using Hl7.Fhir.Model;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// The ICHD-3 diagnoses a headache history fulfils, as problem-list Conditions (clinical/fhir.md §A1.3), each with
/// the ICHD-3 code and, where one fits without more documentation, the ICD-10-CM code. ICD-10-CM's billable
/// chronic-migraine codes also state intractability and status migrainosus, which only the clinician may document
/// (§A1.3: "the software must not infer it"), so the category (G43.7, G43.E) is sent and the billable code is left
/// to the clinician. SNOMED CT codes are left out until verified (§A1.3).
/// </summary>
public static class ConditionResourceMapper
{
    public static IEnumerable<Condition> ToFhir(HeadacheHistoryEntry history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var classification = history.Classify();
        var withAura = classification.Assessments.Any(a => a.Code == "1.2" && a.IsFulfilled);
        return classification.Diagnoses.Select(diagnosis => ToFhir(history, diagnosis, withAura));
    }

    /// <summary>One Condition per diagnosis of a history: the history's id and the ICHD-3 code.</summary>
    public static string IdOf(Guid historyId, string ichd3Code) => $"{historyId:D}-{ichd3Code}";

    private static Condition ToFhir(HeadacheHistoryEntry history, DiagnosisAssessment diagnosis, bool withAura)
    {
        var code = new CodeableConcept { Text = diagnosis.Name };
        code.Coding.Add(new Coding(FhirSystems.Ichd3, diagnosis.Code, diagnosis.Name));
        if (Icd10Cm(diagnosis.Code, withAura) is { } icd)
        {
            code.Coding.Add(new Coding(FhirSystems.Icd10Cm, icd.Code, icd.Display));
        }

        var condition = new Condition
        {
            Id = IdOf(history.Id, diagnosis.Code),
            Meta = new Meta { LastUpdated = new DateTimeOffset(history.RecordedAtUtc, TimeSpan.Zero) },
            ClinicalStatus = new CodeableConcept(FhirSystems.ConditionClinicalStatus, "active", "Active"),
            VerificationStatus = new CodeableConcept(FhirSystems.ConditionVerificationStatus, "confirmed", "Confirmed"),
            Category = [new CodeableConcept(FhirSystems.ConditionCategory, "problem-list-item", "Problem List Item")],
            Code = code,
            Subject = new ResourceReference($"Patient/{history.PatientId:D}"),
            RecordedDate = history.TakenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        condition.Note.Add(new Annotation
        {
            Text = new Markdown(string.Join("; ", diagnosis.Criteria.Select(c => $"{c.Criterion}: {c.Explanation}"))),
        });
        return condition;
    }

    private static (string Code, string Display)? Icd10Cm(string ichd3, bool withAura) => ichd3 switch
    {
        "1.1" => ("G43.0", "Migraine without aura"),
        "1.2" => ("G43.1", "Migraine with aura"),
        "1.3" when withAura => ("G43.E", "Chronic migraine with aura"),
        "1.3" => ("G43.7", "Chronic migraine without aura"),
        _ when ichd3.StartsWith("8.2", StringComparison.Ordinal) => ("G44.4", "Drug-induced headache, not elsewhere classified"),
        _ => null,
    };
}

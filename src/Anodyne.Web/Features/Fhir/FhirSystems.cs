namespace Anodyne.Web.Features.Fhir;

/// <summary>Code systems and identifier systems the FHIR interface writes (see ../shared/clinical/fhir.md).</summary>
public static class FhirSystems
{
    /// <summary>The clinic's medical record numbers.</summary>
    public const string MedicalRecordNumber = "https://anodyne.example/fhir/sid/mrn";

    /// <summary>The clinic's user accounts (staff and portal), for audit agents that are not practitioners.</summary>
    public const string UserAccount = "https://anodyne.example/fhir/sid/user";

    /// <summary>The clinic's own kinds of visit (consult, infusion, follow-up, booster, phone check).</summary>
    public const string VisitKind = "https://anodyne.example/fhir/CodeSystem/visit-kind";

    /// <summary>Canonical base of the clinic's Questionnaire resources (HIT-6, MIDAS have no LOINC codes: clinical/fhir.md §A1.6).</summary>
    public const string QuestionnaireBase = "https://anodyne.example/fhir/Questionnaire";

    /// <summary>The HIT-6 answer options (never, rarely, sometimes, very-often, always).</summary>
    public const string Hit6Answer = "https://anodyne.example/fhir/CodeSystem/hit6-answer";

    /// <summary>The clinic's local codes for questionnaire totals (hit6-total, midas-total).</summary>
    public const string Score = "https://anodyne.example/fhir/CodeSystem/score";

    public const string Hit6TotalCode = "hit6-total";
    public const string MidasTotalCode = "midas-total";

    /// <summary>ICHD-3 codes as the clinic records them (1.3 chronic migraine, 8.2 medication-overuse headache, ...).</summary>
    public const string Ichd3 = "https://anodyne.example/fhir/CodeSystem/ichd-3";

    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
    public const string ConditionClinicalStatus = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public const string ConditionVerificationStatus = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public const string AppointmentReason = "http://terminology.hl7.org/CodeSystem/v2-0276";
    public const string AuditEventType = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    public const string RestfulInteraction = "http://hl7.org/fhir/restful-interaction";
    public const string Dicom = "http://dicom.nema.org/resources/ontology/DCM";
    public const string AuditEntityType = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    public const string ObjectRole = "http://terminology.hl7.org/CodeSystem/object-role";
    public const string SecuritySourceType = "http://terminology.hl7.org/CodeSystem/security-source-type";
    public const string ExtraSecurityRoleType = "http://terminology.hl7.org/CodeSystem/extra-security-role-type";
}

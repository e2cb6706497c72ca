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

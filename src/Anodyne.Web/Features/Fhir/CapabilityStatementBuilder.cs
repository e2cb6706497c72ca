using Hl7.Fhir.Model;

namespace Anodyne.Web.Features.Fhir;

/// <summary>What the FHIR interface implements, and nothing more: read and search of the resource types listed, JSON only.</summary>
public static class CapabilityStatementBuilder
{
    /// <summary>When this statement last changed; move it with the statement.</summary>
    public const string Published = "2026-12-08";

    public static CapabilityStatement Build(string baseUrl) => new()
    {
        Url = $"{baseUrl}/metadata",
        Name = "AnodyneFhirServer",
        Title = "Anodyne clinic FHIR R4 interface",
        Status = PublicationStatus.Active,
        Date = Published,
        Publisher = "Anodyne",
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatement.SoftwareComponent { Name = "Anodyne" },
        Implementation = new CapabilityStatement.ImplementationComponent { Description = "Anodyne clinic system", Url = baseUrl },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["json"],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Documentation = "Read-only. Patients see only their own records; AuditEvent is for administrators.",
                Security = new CapabilityStatement.SecurityComponent
                {
                    Description = "A signed-in session or an API token sent as 'Authorization: Bearer ady_…'. Every read and search of patient data is audited.",
                },
                Resource =
                [
                    Resource("Patient", FhirRecords.PatientParameters),
                    Resource("Practitioner", FhirRecords.PractitionerParameters),
                    Resource("Appointment", FhirRecords.AppointmentParameters),
                    Resource("AuditEvent", FhirRecords.AuditEventParameters),
                    Resource("Questionnaire", FhirIntakeRecords.QuestionnaireParameters),
                    Resource("QuestionnaireResponse", FhirIntakeRecords.PatientDataParameters),
                    Resource("Observation", FhirIntakeRecords.PatientDataParameters),
                    Resource("Condition", FhirIntakeRecords.PatientDataParameters),
                ],
            },
        ],
    };

    private static CapabilityStatement.ResourceComponent Resource(string type, IEnumerable<string> parameters)
    {
        var resource = new CapabilityStatement.ResourceComponent
        {
            Type = type,
            Interaction =
            [
                new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
                new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
            ],
            ReadHistory = false,
            UpdateCreate = false,
        };
        resource.SearchParam.Add(Parameter("_id", SearchParamType.Token));
        resource.SearchParam.Add(Parameter("_count", SearchParamType.Number));
        foreach (var name in parameters)
        {
            resource.SearchParam.Add(Parameter(name, name switch
            {
                "patient" or "subject" => SearchParamType.Reference,
                "date" or "_lastUpdated" => SearchParamType.Date,
                "url" => SearchParamType.Uri,
                _ => SearchParamType.Token,
            }));
        }

        return resource;
    }

    private static CapabilityStatement.SearchParamComponent Parameter(string name, SearchParamType type) => new() { Name = name, Type = type };
}

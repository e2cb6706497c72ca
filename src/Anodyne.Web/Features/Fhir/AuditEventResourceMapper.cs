using System.Globalization;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Hl7.Fhir.Model;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// One row of the audit trail as a FHIR R4 AuditEvent in the shape of the IHE Basic Audit Log Patterns:
/// RESTful type and interaction subtype for data access, DICOM codes for sign-ins and security changes, the user
/// as requesting agent with their network address, the server as source, and the patient as an entity.
/// </summary>
public static class AuditEventResourceMapper
{
    public static AuditEvent ToFhir(AuditEntry entry)
    {
        var (type, subtype, action) = Classify(entry.Action);
        var recorded = new DateTimeOffset(entry.RecordedAtUtc, TimeSpan.Zero);
        var resource = new AuditEvent
        {
            Id = entry.Sequence.ToString(CultureInfo.InvariantCulture),
            Meta = new Meta { LastUpdated = recorded },
            Type = type,
            Subtype = [subtype],
            Action = action,
            Recorded = recorded,
            Outcome = entry.Outcome switch
            {
                AuditOutcome.Success => AuditEvent.AuditEventOutcome.N0,
                AuditOutcome.Denied => AuditEvent.AuditEventOutcome.N4,
                _ => AuditEvent.AuditEventOutcome.N8,
            },
            Agent = [Agent(entry)],
            Source = new AuditEvent.SourceComponent
            {
                Observer = new ResourceReference { Display = "Anodyne clinic server" },
                Type = [new Coding(FhirSystems.SecuritySourceType, "4", "Application Server")],
            },
        };
        if (entry.PatientId is { } patientId)
        {
            resource.Entity.Add(new AuditEvent.EntityComponent
            {
                What = new ResourceReference($"Patient/{patientId:D}"),
                Type = new Coding(FhirSystems.AuditEntityType, "1", "Person"),
                Role = new Coding(FhirSystems.ObjectRole, "1", "Patient"),
            });
        }

        if (entry.EntityType.Length > 0 && !(entry.EntityType == "Patient" && entry.EntityId == entry.PatientId?.ToString("D")))
        {
            resource.Entity.Add(new AuditEvent.EntityComponent
            {
                What = What(entry),
                Type = new Coding(FhirSystems.AuditEntityType, "2", "System Object"),
                Description = entry.Detail,
            });
        }

        return resource;
    }

    private static ResourceReference What(AuditEntry entry) =>
        entry.EntityType is "Patient" or "Appointment" && entry.EntityId is not null
            ? new ResourceReference($"{entry.EntityType}/{entry.EntityId}")
            : new ResourceReference { Display = entry.EntityId is null ? entry.EntityType : $"{entry.EntityType} {entry.EntityId}" };

    private static AuditEvent.AgentComponent Agent(AuditEntry entry)
    {
        var agent = new AuditEvent.AgentComponent
        {
            Type = new CodeableConcept(FhirSystems.ExtraSecurityRoleType, "humanuser", "human user"),
            Requestor = true,
            Who = entry.ActorUserId is not null && entry.ActorRole is ClinicRoles.Physician or ClinicRoles.Nurse
                ? new ResourceReference($"Practitioner/{entry.ActorUserId}", entry.ActorName)
                : new ResourceReference
                {
                    Identifier = entry.ActorUserId is null ? null : new Identifier(FhirSystems.UserAccount, entry.ActorUserId),
                    Display = entry.ActorName,
                },
        };
        if (entry.ActorRole.Length > 0)
        {
            agent.Role = [new CodeableConcept { Text = ClinicRoles.Describe(entry.ActorRole) }];
        }

        if (!string.IsNullOrEmpty(entry.SourceAddress))
        {
            agent.Network = new AuditEvent.NetworkComponent
            {
                Address = entry.SourceAddress,
                Type = AuditEvent.AuditEventAgentNetworkType.N2,
            };
        }

        return agent;
    }

    private static (Coding Type, Coding Subtype, AuditEvent.AuditEventAction Action) Classify(AuditAction action)
    {
        var rest = new Coding(FhirSystems.AuditEventType, "rest", "Restful Operation");
        var authentication = new Coding(FhirSystems.Dicom, "110114", "User Authentication");
        var securityChange = new Coding(FhirSystems.Dicom, "110137", "User Security Attributes Changed");
        return action switch
        {
            AuditAction.Create => (rest, Interaction("create"), AuditEvent.AuditEventAction.C),
            AuditAction.Update => (rest, Interaction("update"), AuditEvent.AuditEventAction.U),
            AuditAction.Delete => (rest, Interaction("delete"), AuditEvent.AuditEventAction.D),
            AuditAction.View => (rest, Interaction("read"), AuditEvent.AuditEventAction.R),
            AuditAction.Search => (rest, Interaction("search-type"), AuditEvent.AuditEventAction.E),
            AuditAction.Export => (new Coding(FhirSystems.Dicom, "110106", "Export"), Interaction("search-system"), AuditEvent.AuditEventAction.R),
            AuditAction.SignIn or AuditAction.SignInFailed => (authentication, new Coding(FhirSystems.Dicom, "110122", "Login"), AuditEvent.AuditEventAction.E),
            AuditAction.SignOut => (authentication, new Coding(FhirSystems.Dicom, "110123", "Logout"), AuditEvent.AuditEventAction.E),
            AuditAction.AccountCreated or AuditAction.TokenCreated => (securityChange, Interaction("create"), AuditEvent.AuditEventAction.C),
            AuditAction.AccountChanged => (securityChange, Interaction("update"), AuditEvent.AuditEventAction.U),
            AuditAction.AccountDeactivated or AuditAction.TokenRevoked => (securityChange, Interaction("delete"), AuditEvent.AuditEventAction.D),
            AuditAction.Backup => (new Coding(FhirSystems.Dicom, "110106", "Export"), Interaction("search-system"), AuditEvent.AuditEventAction.R),
            AuditAction.Restore => (new Coding(FhirSystems.Dicom, "110107", "Import"), Interaction("batch"), AuditEvent.AuditEventAction.C),
            _ => (rest, Interaction("operation"), AuditEvent.AuditEventAction.E),
        };
    }

    private static Coding Interaction(string code) => new(FhirSystems.RestfulInteraction, code, code);
}

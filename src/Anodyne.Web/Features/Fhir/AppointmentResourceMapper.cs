using Anodyne.Web.Features.Scheduling;
using Hl7.Fhir.Model;

namespace Anodyne.Web.Features.Fhir;

/// <summary>A booked visit as a FHIR R4 Appointment: status, start and end, the patient, the clinician and the place.</summary>
public static class AppointmentResourceMapper
{
    public static Hl7.Fhir.Model.Appointment ToFhir(Scheduling.Appointment appointment, bool staffIsPractitioner)
    {
        var resource = new Hl7.Fhir.Model.Appointment
        {
            Id = appointment.Id.ToString("D"),
            Status = ToFhir(appointment.Status),
            ServiceType = [new CodeableConcept(FhirSystems.VisitKind, KindCode(appointment.Kind), AppointmentKindText.Describe(appointment.Kind))],
            AppointmentType = appointment.Kind == AppointmentKind.FollowUp
                ? new CodeableConcept(FhirSystems.AppointmentReason, "FOLLOWUP", "A follow up visit from a previous appointment")
                : new CodeableConcept(FhirSystems.AppointmentReason, "ROUTINE", "Routine appointment - default if not valued"),
            Start = new DateTimeOffset(appointment.StartsAtUtc, TimeSpan.Zero),
            End = new DateTimeOffset(appointment.EndsAtUtc, TimeSpan.Zero),
            MinutesDuration = appointment.DurationMinutes,
        };
        resource.Participant.Add(Participant(new ResourceReference($"Patient/{appointment.PatientId:D}")));
        if (appointment.StaffUserId is not null && staffIsPractitioner)
        {
            resource.Participant.Add(Participant(new ResourceReference($"Practitioner/{appointment.StaffUserId}")));
        }

        if (!string.IsNullOrWhiteSpace(appointment.Location))
        {
            // Chairs and rooms have no records of their own yet, so the place is named rather than referenced.
            resource.Participant.Add(Participant(new ResourceReference { Display = appointment.Location }));
        }

        return resource;
    }

    public static Hl7.Fhir.Model.Appointment.AppointmentStatus ToFhir(AppointmentStatus status) => status switch
    {
        AppointmentStatus.Booked => Hl7.Fhir.Model.Appointment.AppointmentStatus.Booked,
        AppointmentStatus.CheckedIn => Hl7.Fhir.Model.Appointment.AppointmentStatus.CheckedIn,
        // R4 has no "in progress" for appointments: the patient has arrived and the visit is under way (Encounter).
        AppointmentStatus.InProgress => Hl7.Fhir.Model.Appointment.AppointmentStatus.Arrived,
        AppointmentStatus.Completed => Hl7.Fhir.Model.Appointment.AppointmentStatus.Fulfilled,
        AppointmentStatus.Cancelled => Hl7.Fhir.Model.Appointment.AppointmentStatus.Cancelled,
        AppointmentStatus.NoShow => Hl7.Fhir.Model.Appointment.AppointmentStatus.Noshow,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string KindCode(AppointmentKind kind) => kind switch
    {
        AppointmentKind.Consult => "consult",
        AppointmentKind.Infusion => "infusion",
        AppointmentKind.FollowUp => "follow-up",
        AppointmentKind.Booster => "booster",
        AppointmentKind.PhoneCheck => "phone-check",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Hl7.Fhir.Model.Appointment.ParticipantComponent Participant(ResourceReference actor) => new()
    {
        Actor = actor,
        Required = Hl7.Fhir.Model.Appointment.ParticipantRequired.Required,
        Status = ParticipationStatus.Accepted,
    };
}

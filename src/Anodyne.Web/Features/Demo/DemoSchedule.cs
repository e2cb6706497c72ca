using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Time;

namespace Anodyne.Web.Features.Demo;

/// <summary>Today's and tomorrow's visits for the demo clinic, placed in the clinic's own time zone.</summary>
public static class DemoSchedule
{
    private sealed record Slot(int Day, int Hour, int Minute, int Patient, AppointmentKind Kind, int Minutes, string Location, string StaffEmail);

    private static readonly Slot[] Slots =
    [
        new(0, 8, 0, 0, AppointmentKind.Infusion, 120, "Chair 1", "rosa.rivera@anodyne.example"),
        new(0, 8, 30, 4, AppointmentKind.Booster, 120, "Chair 2", "daniel.chen@anodyne.example"),
        new(0, 9, 0, 8, AppointmentKind.Consult, 60, "Consult room", "amara.okafor@anodyne.example"),
        new(0, 10, 30, 2, AppointmentKind.Infusion, 120, "Chair 3", "priya.nair@anodyne.example"),
        new(0, 11, 0, 5, AppointmentKind.Consult, 60, "Consult room", "henrik.lindqvist@anodyne.example"),
        new(0, 12, 0, 3, AppointmentKind.Infusion, 8 * 60, "Bed 1", "rosa.rivera@anodyne.example"),
        new(0, 13, 0, 6, AppointmentKind.Infusion, 120, "Chair 1", "daniel.chen@anodyne.example"),
        new(0, 14, 30, 1, AppointmentKind.FollowUp, 30, "Consult room", "amara.okafor@anodyne.example"),
        new(0, 15, 30, 11, AppointmentKind.PhoneCheck, 15, "Phone", "priya.nair@anodyne.example"),
        new(1, 8, 0, 0, AppointmentKind.Infusion, 120, "Chair 1", "rosa.rivera@anodyne.example"),
        new(1, 9, 0, 9, AppointmentKind.Consult, 60, "Consult room", "henrik.lindqvist@anodyne.example"),
        new(1, 10, 0, 10, AppointmentKind.Infusion, 120, "Chair 2", "daniel.chen@anodyne.example"),
        new(-7, 8, 0, 0, AppointmentKind.Infusion, 120, "Chair 1", "rosa.rivera@anodyne.example"),
        new(-7, 10, 0, 1, AppointmentKind.Consult, 60, "Consult room", "amara.okafor@anodyne.example"),
    ];

    public static IEnumerable<Appointment> For(ClinicClock clock, IReadOnlyList<Patient> patients, IReadOnlyDictionary<string, string> staffIds)
    {
        var today = clock.Today;
        foreach (var s in Slots)
        {
            yield return new Appointment
            {
                PatientId = patients[s.Patient].Id,
                Kind = s.Kind,
                StartsAtUtc = clock.ToUtc(today.AddDays(s.Day), new TimeOnly(s.Hour, s.Minute)),
                DurationMinutes = s.Minutes,
                Location = s.Location,
                StaffUserId = staffIds[s.StaffEmail],
                Status = s.Day < 0 ? AppointmentStatus.Completed : AppointmentStatus.Booked,
            };
        }
    }
}

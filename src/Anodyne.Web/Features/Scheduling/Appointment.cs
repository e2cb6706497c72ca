using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Scheduling;

/// <summary>A booked visit: a consult, an infusion in a chair or bed, a follow-up, a booster or a phone check.</summary>
public sealed class Appointment : IClinicalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PatientId { get; set; }

    public AppointmentKind Kind { get; set; }

    public DateTime StartsAtUtc { get; set; }

    public int DurationMinutes { get; set; }

    /// <summary>Chair, bed or room, by name until resources have records of their own.</summary>
    public string Location { get; set; } = "";

    /// <summary>The nurse or physician the visit is with.</summary>
    public string? StaffUserId { get; set; }

    public AppointmentStatus Status { get; set; } = AppointmentStatus.Booked;

    public string? Note { get; set; }

    Guid? IClinicalRecord.PatientId => PatientId;

    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);
}

public enum AppointmentKind
{
    Consult,
    Infusion,
    FollowUp,
    Booster,
    PhoneCheck,
}

public enum AppointmentStatus
{
    Booked,
    CheckedIn,
    InProgress,
    Completed,
    Cancelled,
    NoShow,
}

using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Requests;

/// <summary>
/// An appointment request or a contact message sent from the public site. It holds health details (the
/// pre-screen, a referral letter), so it is a clinical record: its creation and every change are audited.
/// </summary>
public sealed class PublicRequest : IClinicalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public RequestKind Kind { get; set; }

    public RequestStatus Status { get; set; } = RequestStatus.New;

    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>The language the form was filled in ("en" or "es"), to answer in it.</summary>
    public string Language { get; set; } = "en";

    public string Name { get; set; } = "";

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? PreferredTimes { get; set; }

    /// <summary>The reason for the visit, or the message.</summary>
    public string Reason { get; set; } = "";

    public bool ConsentToContact { get; set; }

    // Pre-screen (appointment requests only): what the person says, for the front desk to prioritise.
    public bool? DiagnosisKnown { get; set; }

    public int? HeadacheDaysPerMonth { get; set; }

    public int? PreventivesTried { get; set; }

    public bool? KnownPregnancy { get; set; }

    public bool? KnownPsychosis { get; set; }

    public bool HasLetter { get; set; }

    /// <summary>The patient registered from this request, once converted.</summary>
    public Guid? PatientId { get; set; }

    /// <summary>Pregnancy or psychosis answered yes: a physician should look at the request first.</summary>
    public bool NeedsPriorityReview => KnownPregnancy == true || KnownPsychosis == true;
}

public enum RequestKind
{
    Appointment,
    Contact,
}

public enum RequestStatus
{
    New,
    Contacted,
    Booked,
    Closed,
}

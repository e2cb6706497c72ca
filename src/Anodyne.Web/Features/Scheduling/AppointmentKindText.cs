namespace Anodyne.Web.Features.Scheduling;

/// <summary>Visit kinds in the words the clinic uses on screen.</summary>
public static class AppointmentKindText
{
    public static string Describe(this AppointmentKind kind) => kind switch
    {
        AppointmentKind.Consult => "Consult",
        AppointmentKind.Infusion => "Infusion",
        AppointmentKind.FollowUp => "Follow-up",
        AppointmentKind.Booster => "Booster",
        AppointmentKind.PhoneCheck => "Phone check",
        _ => kind.ToString(),
    };
}

namespace Anodyne.Web.Features.Protocols;

public enum ProtocolStepKind
{
    /// <summary>mg/kg over minutes.</summary>
    Bolus,

    /// <summary>mg/kg/h held for a duration.</summary>
    ConstantInfusion,

    /// <summary>Start rate, step, interval, target pain, ceiling, maximum duration.</summary>
    Titration,
}

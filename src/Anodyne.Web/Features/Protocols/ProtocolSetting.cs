namespace Anodyne.Web.Features.Protocols;

/// <summary>Where a protocol is given.</summary>
public enum ProtocolSetting
{
    OutpatientChair,
    InpatientBed,
}

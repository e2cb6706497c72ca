namespace Anodyne.Web.Infrastructure.Auditing;

/// <summary>Who is acting, as the audit trail records it.</summary>
public sealed record Actor(string? UserId, string Name, string Role, string? Address)
{
    public static readonly Actor Anonymous = new(null, "anonymous", "", null);

    public static Actor CommandLine(string command) => new(null, $"command line ({command})", "System", "local");
}

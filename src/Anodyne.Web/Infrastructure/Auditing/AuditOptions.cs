namespace Anodyne.Web.Infrastructure.Auditing;

/// <summary>Where the audit key and the chain anchor live. Bound from the "Audit" section.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>The HMAC key, base64 (at least 32 bytes). When empty, the key file is used or created.</summary>
    public string? Key { get; set; }

    /// <summary>File holding the key when Key is empty. Keep it off the database's disk in production.</summary>
    public string KeyFile { get; set; } = "data/audit.key";

    /// <summary>
    /// File outside the database where the chain head is written after appends, so that removing the newest
    /// rows (truncation) is detected too.
    /// </summary>
    public string AnchorFile { get; set; } = "data/audit.anchor";
}

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>
/// A bearer token for scripts and devices. Only a SHA-256 hash of the secret is stored; the secret is shown once.
/// A token acts with its user's roles and stops working when it expires, is revoked or its user is deactivated.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The first characters of the token, so a person can tell tokens apart without the secret.</summary>
    public string Prefix { get; set; } = "";

    public string SecretHash { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public bool IsUsableAt(DateTime nowUtc) => RevokedAtUtc is null && nowUtc < ExpiresAtUtc;
}

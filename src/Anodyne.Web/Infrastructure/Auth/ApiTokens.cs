using System.Security.Cryptography;
using System.Text;
using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>Issues, finds and revokes API tokens. The secret is returned once and stored only as a hash.</summary>
public sealed class ApiTokens(ClinicDbContext db, TimeProvider clock)
{
    public const string Scheme = "ApiToken";
    private const string TokenPrefix = "ady_";

    public async Task<(ApiToken Token, string Secret)> IssueAsync(ClinicUser user, string name, int days, string createdBy, CancellationToken cancellationToken)
    {
        if (days is < 1 or > 365)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "A token lasts between 1 and 365 days.");
        }

        // 32 random bytes: 256 bits from the operating system's CSPRNG, far beyond guessing.
        var secret = TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            UserId = user.Id,
            Name = string.IsNullOrWhiteSpace(name) ? "API token" : name.Trim(),
            Prefix = secret[..10],
            SecretHash = Hash(secret),
            CreatedAtUtc = now,
            ExpiresAtUtc = now.AddDays(days),
            CreatedBy = createdBy,
        };
        db.ApiTokens.Add(token);
        db.RecordAccess(Auditing.AuditAction.TokenCreated, nameof(ApiToken), token.Id.ToString("D"), null, detail: $"for user {user.Id}, expires {token.ExpiresAtUtc:u}");
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    public async Task<bool> RevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null || token.RevokedAtUtc is not null)
        {
            return false;
        }

        token.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.RecordAccess(Auditing.AuditAction.TokenRevoked, nameof(ApiToken), token.Id.ToString("D"), null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<ApiToken?> FindAsync(string presented, CancellationToken cancellationToken)
    {
        if (!presented.StartsWith(TokenPrefix, StringComparison.Ordinal) || presented.Length > 200)
        {
            return Task.FromResult<ApiToken?>(null);
        }

        var hash = Hash(presented);
        return db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
    }

    /// <summary>A fast hash is enough: the secret has 256 bits of entropy, so there is nothing to brute-force.</summary>
    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

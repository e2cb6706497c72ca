using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>
/// Authenticator (TOTP) codes that work once: a code already accepted is refused while it would still be valid,
/// so a code seen over someone's shoulder cannot be replayed (OWASP ASVS V6.5.1).
/// </summary>
public sealed class SingleUseAuthenticatorCodes(TimeProvider clock) : AuthenticatorTokenProvider<ClinicUser>
{
    private const string LoginProvider = "Anodyne";
    private const string LastCodeName = "LastAuthenticatorCode";

    /// <summary>Identity accepts codes up to two 30-second steps either side, so a code lives at most 150 seconds.</summary>
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromSeconds(150);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ClinicUser> manager, ClinicUser user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var last = await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastCodeName);
        if (last?.Split('|') is [var code, var at]
            && code == token
            && long.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && now - DateTimeOffset.FromUnixTimeSeconds(seconds) < CodeLifetime)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastCodeName,
            string.Create(CultureInfo.InvariantCulture, $"{token}|{now.ToUnixTimeSeconds()}"));
        return true;
    }
}

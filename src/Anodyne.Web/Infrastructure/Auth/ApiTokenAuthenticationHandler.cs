using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>Authenticates "Authorization: Bearer ady_…" with the token's user and roles.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    UserManager<ClinicUser> users,
    IUserClaimsPrincipalFactory<ClinicUser> claimsFactory,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string FailureItem = "anodyne:token_failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        var failure = token switch
        {
            null => "The API token is not recognised.",
            { RevokedAtUtc: not null } => "The API token has been revoked.",
            _ when !token.IsUsableAt(now) => "The API token has expired.",
            _ => null,
        };
        if (failure is not null)
        {
            return Fail(failure);
        }

        var user = await users.FindByIdAsync(token!.UserId);
        if (user is not { IsActive: true })
        {
            return Fail("The API token's account is deactivated.");
        }

        var principal = await claimsFactory.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }

    private AuthenticateResult Fail(string reason)
    {
        Context.Items[FailureItem] = reason;
        return AuthenticateResult.Fail(reason);
    }
}

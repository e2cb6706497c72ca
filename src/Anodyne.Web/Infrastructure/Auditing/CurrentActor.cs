using System.Security.Claims;
using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Web.Infrastructure.Auditing;

/// <summary>The person (or command) on whose behalf the current unit of work runs.</summary>
public sealed class CurrentActor(IHttpContextAccessor httpContextAccessor)
{
    private Actor? _override;

    public Actor Get() => _override ?? FromRequest() ?? Actor.Anonymous;

    /// <summary>Used by commands and by sign-in, where the request's principal is not yet the actor.</summary>
    public void ActAs(Actor actor) => _override = actor;

    private Actor? FromRequest()
    {
        var context = httpContextAccessor.HttpContext;
        if (context is null)
        {
            return null;
        }

        var address = context.Connection.RemoteIpAddress?.ToString();
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Actor.Anonymous with { Address = address };
        }

        return new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.FindFirstValue(ClinicClaims.DisplayName) ?? user.Identity.Name ?? "",
            user.FindFirstValue(ClaimTypes.Role) ?? "",
            address);
    }
}

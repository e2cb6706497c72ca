using System.Security.Claims;
using Anodyne.Web.Features.Portal;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Anodyne.Web.Features.Account;

public static class AccountApi
{
    public sealed record CurrentUser(string UserId, string DisplayName, string? Email, IReadOnlyList<string> Roles);

    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new CurrentUser(
                user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
                user.FindFirstValue(ClinicClaims.DisplayName) ?? "",
                user.FindFirstValue(ClaimTypes.Email),
                user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList())))
            .WithTags("Account")
            .WithSummary("Who the caller is and which roles they act with")
            .RequireAuthorization(Policies.SignedIn);

        api.MapGet("/portal/access-history", async Task<Results<Ok<IReadOnlyList<AccessHistory.Access>>, ForbidHttpResult>> (ClaimsPrincipal user, AccessHistory history, CancellationToken ct) =>
                Guid.TryParse(user.FindFirstValue(ClinicClaims.PatientId), out var patientId)
                    ? TypedResults.Ok(await history.ForPatientAsync(patientId, 200, ct))
                    : TypedResults.Forbid())
            .WithTags("Patient portal")
            .WithSummary("Who viewed or changed the calling patient's own record")
            .RequireAuthorization(Policies.Patient);

        return api;
    }
}

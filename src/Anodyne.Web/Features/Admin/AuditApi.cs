using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Web.Features.Admin;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit trail").RequireAuthorization(Policies.Administrator);

        audit.MapGet("/", async (DateOnly? from, DateOnly? to, string? userId, Guid? patientId, AuditAction? action, int? take, AuditSearch search, CancellationToken ct) =>
                TypedResults.Ok(await search.FindAsync(new AuditSearch.Filter(from, to, userId, patientId, action, take ?? 200), ct)))
            .WithSummary("Filter the audit trail, newest first");

        audit.MapGet("/verification", async (AuditVerifier verifier, CancellationToken ct) =>
                TypedResults.Ok(await verifier.VerifyAsync(ct)))
            .WithSummary("Recompute the hash chain and report the first broken link");

        return api;
    }
}

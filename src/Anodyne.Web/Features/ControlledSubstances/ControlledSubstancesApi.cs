using System.Text;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// Read-only: auditors' scripts fetch the reports as CSV and read movements. There is deliberately no PUT, PATCH or
/// DELETE on a movement; the database refuses them too.
/// </summary>
public static class ControlledSubstancesApi
{
    public sealed record MovementView(Guid Id, long Sequence, string Kind, Guid LotId, Guid? LocationId, Guid? ToLocationId, Guid? DispenseId, Guid? AppointmentId, int Vials, long Micrograms, DateTime OccurredAtUtc, DateTime RecordedAtUtc, string By, string? Witness, string? Reason, Guid? ReversesId);

    public static RouteGroupBuilder MapControlledSubstancesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/controlled-substances").WithTags("Controlled substances").RequireAuthorization(Policies.ControlledSubstanceRecords);

        group.MapGet("/reports/{report}", async (string report, DateOnly? from, DateOnly? to, Guid? patientId, Guid? lotId, ControlledReports reports, CancellationToken ct) =>
                await reports.BuildAsync(report, new ControlledReports.Filter(from, to, patientId, lotId), AuditAction.Export, ct) is { } table
                    ? Results.File(Encoding.UTF8.GetBytes(ControlledReports.ToCsv(table)), "text/csv; charset=utf-8", $"{report}.csv")
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report", detail: "Reports: " + string.Join(", ", ControlledReports.Names.Keys)))
            .WithSummary("A controlled-substance report as CSV (dispensing, receipts, waste, inventory, biennial), filtered by clinic dates");

        group.MapGet("/movements/{id:guid}", async (Guid id, ClinicDbContext db, CancellationToken ct) =>
            {
                var m = await db.StockMovements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
                if (m is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such movement");
                }

                db.RecordAccess(AuditAction.View, nameof(StockMovement), m.Id.ToString("D"), m.PatientId);
                await db.SaveChangesAsync(ct);
                return Results.Ok(new MovementView(m.Id, m.Sequence, m.Kind.ToString(), m.LotId, m.LocationId, m.ToLocationId, m.DispenseId, m.AppointmentId, m.Vials, m.Micrograms, m.OccurredAtUtc, m.RecordedAtUtc, m.ByName, m.WitnessName, m.Reason, m.ReversesId));
            })
            .WithSummary("One ledger movement (movements are never changed: there is no PUT, PATCH or DELETE)");

        return api;
    }
}

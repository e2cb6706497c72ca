using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Protocols;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Orders;

/// <summary>
/// What later work (scheduling a series, charting a session, dispensing) asks of orders: the current version of
/// each order, whether it may be given, and the limit check of a rate change during a session.
/// </summary>
public sealed class OrderQueries(ClinicDbContext db, TimeProvider clock)
{
    /// <summary>The newest version of each of the patient's orders, newest first.</summary>
    public async Task<IReadOnlyList<TreatmentOrder>> CurrentForPatientAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var all = await db.Set<TreatmentOrder>().AsNoTracking().Where(o => o.PatientId == patientId).ToListAsync(cancellationToken);
        return all.GroupBy(o => o.ChainId).Select(g => g.MaxBy(o => o.Version)!).OrderByDescending(o => o.SignedAtUtc).ToList();
    }

    public Task<TreatmentOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Set<TreatmentOrder>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);

    public Task<bool> IsSupersededAsync(TreatmentOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        return db.Set<TreatmentOrder>().AnyAsync(o => o.ChainId == order.ChainId && o.Version > order.Version, cancellationToken);
    }

    /// <summary>
    /// True when this is the order's current version and a clinician other than the signer has double-checked it
    /// with matching weight and concentration: the condition for the first administration.
    /// </summary>
    public async Task<bool> IsReadyToAdministerAsync(TreatmentOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (await IsSupersededAsync(order, cancellationToken))
        {
            return false;
        }

        return await db.Set<OrderDoubleCheck>().AnyAsync(c => c.OrderId == order.Id && c.Matched && c.CheckedByUserId != order.SignedByUserId, cancellationToken);
    }

    /// <summary>
    /// Checks a rate proposed during a session against the order's protocol limits, counting what was given so far
    /// in this session and in earlier sessions of the series, and records the check (who, what, outcome, reason).
    /// Above a soft limit the change may go ahead only with <paramref name="reason"/>; above a hard limit never.
    /// </summary>
    public async Task<DoseLimitCheckResult> CheckRateChangeAsync(
        TreatmentOrder order,
        InfusionRate proposedRate,
        IReadOnlyList<Administration> givenThisSession,
        IReadOnlyList<Administration> givenEarlierInSeries,
        DateTimeOffset sessionEndsAt,
        string? reason,
        string userId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var protocol = await db.Set<ProtocolVersion>().AsNoTracking().FirstAsync(p => p.Id == order.ProtocolVersionId, cancellationToken);
        var now = clock.GetUtcNow();
        var result = DoseLimitCheck.EvaluateRateChange(protocol.Limits().ToClinical(), new BodyWeight(order.DosingWeightKg), givenThisSession, proposedRate, now, sessionEndsAt, givenEarlierInSeries);
        db.Add(DoseLimitCheckRecord.Of(order.PatientId, order.Id, protocol.Id, LimitCheckContext.RateChange, result, reason, result.MayProceed(reason), userId, now.UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}

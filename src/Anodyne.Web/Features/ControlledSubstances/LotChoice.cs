using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>A lot as the forms list it: product, lot number and expiry.</summary>
public sealed record LotChoice(Guid LotId, string LotNumber, DateOnly ExpiresOn, string Product, long VialMicrograms)
{
    public string Label => FormattableString.Invariant($"{Product}, lot {LotNumber}, expires {ExpiresOn:yyyy-MM-dd}");

    public static async Task<List<LotChoice>> QueryAsync(ClinicDbContext db, CancellationToken ct)
    {
        var rows = await db.StockLots.AsNoTracking()
            .Join(db.ControlledProducts, l => l.ProductId, p => p.Id, (l, p) => new { l.Id, l.LotNumber, l.ExpiresOn, p.Name, p.ConcentrationMgPerMl, p.VialVolumeMl, p.VialMicrograms })
            .ToListAsync(ct);
        return rows.Select(r => new LotChoice(r.Id, r.LotNumber, r.ExpiresOn, FormattableString.Invariant($"{r.Name} {r.ConcentrationMgPerMl} mg/mL × {r.VialVolumeMl:0.##} mL"), r.VialMicrograms))
            .OrderBy(r => r.Product, StringComparer.Ordinal).ThenBy(r => r.ExpiresOn).ToList();
    }
}

using Anodyne.Web.Data;
using Anodyne.Web.Features.ControlledSubstances;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anodyne.Web.Tests.ControlledSubstances;

/// <summary>Each test's own product, location and lot, so tests sharing a clinic never touch each other's stock.</summary>
internal static class ControlledStockFixtures
{
    public sealed record Stock(Guid ProductId, Guid LocationId, Guid LotId, Guid AppointmentId);

    public static readonly ControlledSubstanceAuthority.Signer Nurse = new("test-nurse", "Test Nurse");
    public static readonly ControlledSubstanceAuthority.Signer Witness = new("test-witness", "Test Witness");

    public static async Task<Stock> CreateAsync(ClinicApp app, int vials)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();
        var unique = Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var product = ControlledProduct.Create("Test ketamine", $"{unique}-{Random.Shared.Next(1000, 9999)}-20", 10, 20, app.Clock.GetUtcNow().UtcDateTime);
        var location = new StorageLocation { Name = "Test safe " + Guid.NewGuid().ToString("N")[..8], Kind = StorageKind.Safe };
        db.AddRange(product, location);
        await db.SaveChangesAsync();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var (lot, error) = await scope.ServiceProvider.GetRequiredService<StockHandling>().ReceiveAsync(
            new StockHandling.Receipt(product.Id, location.Id, "T-" + unique, today.AddYears(1), "Test supplier", "INV-" + unique, today, vials), Nurse, Witness, default);
        Assert.Null(error);
        var appointment = await db.Appointments.Where(a => a.Kind == AppointmentKind.Infusion).OrderBy(a => a.StartsAtUtc).Select(a => a.Id).LastAsync();
        return new Stock(product.Id, location.Id, lot!.Id, appointment);
    }

    public static Task<int> OnHandAsync(ClinicApp app, Stock stock) =>
        app.WithDatabaseAsync(async db =>
        {
            var ledger = new ControlledLedger(db);
            return (await ledger.LoadAsync([stock.LotId], default)).OnHandVials(stock.LotId, stock.LocationId);
        });
}

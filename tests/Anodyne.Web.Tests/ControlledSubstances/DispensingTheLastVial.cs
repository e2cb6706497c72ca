using Anodyne.Web.Features.ControlledSubstances;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Anodyne.Web.Tests.ControlledSubstances;

/// <summary>Many nurses dispensing from the same lot at the same moment: never more than there is, on either database.</summary>
public sealed class DispensingTheLastVial(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_nurses_taking_the_last_vial_at_once_one_succeeds_and_the_other_is_told(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var stock = await ControlledStockFixtures.CreateAsync(app, vials: 1);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => DispenseAsync(app, stock)));

        Assert.Single(results, r => r is null);
        var refused = Assert.Single(results, r => r is not null);
        Assert.Contains("someone may have just taken the last one", refused!.Message, StringComparison.Ordinal);
        Assert.Equal(0, await ControlledStockFixtures.OnHandAsync(app, stock));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Many_parallel_dispenses_never_take_more_vials_than_the_lot_holds(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var stock = await ControlledStockFixtures.CreateAsync(app, vials: 6);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => DispenseAsync(app, stock)));

        Assert.Equal(6, results.Count(r => r is null));
        Assert.Equal(14, results.Count(r => r is not null));
        Assert.Equal(0, await ControlledStockFixtures.OnHandAsync(app, stock));
    }

    private static async Task<LedgerError?> DispenseAsync(ClinicApp app, ControlledStockFixtures.Stock stock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var dispensing = scope.ServiceProvider.GetRequiredService<SessionDispensing>();
        await Task.Yield();
        return (await dispensing.DispenseForSessionAsync(stock.AppointmentId, stock.LotId, stock.LocationId, 1, ControlledStockFixtures.Nurse, default)).Error;
    }
}

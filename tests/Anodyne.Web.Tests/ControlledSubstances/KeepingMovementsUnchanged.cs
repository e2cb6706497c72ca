using System.Net;
using Anodyne.Web.Features.ControlledSubstances;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.ControlledSubstances;

/// <summary>No one alters or deletes a ledger movement: there are no such verbs, and the database refuses it.</summary>
public sealed class KeepingMovementsUnchanged(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_database_refuses_to_update_or_delete_a_movement(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var stock = await ControlledStockFixtures.CreateAsync(app, vials: 2);

        var update = await Assert.ThrowsAnyAsync<Exception>(() => app.WithDatabaseAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE \"StockMovements\" SET \"Vials\" = 200 WHERE \"LotId\" = {stock.LotId}")));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => app.WithDatabaseAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"StockMovements\" WHERE \"LotId\" = {stock.LotId}")));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(2, await ControlledStockFixtures.OnHandAsync(app, stock));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task The_api_has_no_verb_to_alter_or_delete_a_movement(string method)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var stock = await ControlledStockFixtures.CreateAsync(app, vials: 1);
        var id = await app.WithDatabaseAsync(db => db.StockMovements.Where(m => m.LotId == stock.LotId).Select(m => m.Id).SingleAsync());
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        using var read = await nurse.GetAsync($"/api/v1/controlled-substances/movements/{id}");
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/controlled-substances/movements/{id}")
        {
            Content = new StringContent("{\"vials\": 100}", System.Text.Encoding.UTF8, "application/json"),
        };
        using var change = await nurse.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        // No endpoint takes the verb: answered 405, or 403 by the deny-by-default policy before that.
        Assert.Contains(change.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.Forbidden });
        Assert.Equal(1, await ControlledStockFixtures.OnHandAsync(app, stock));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-1", "-1")]
    [InlineData("140.5", "140.5")]
    [InlineData("Rivera, Rosa", "\"Rivera, Rosa\"")]
    public void A_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_defused(string value, string expected)
    {
        Assert.Equal(expected, ControlledReports.Cell(value));
    }
}

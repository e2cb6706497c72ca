using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;

namespace Anodyne.Web.Tests.Outcomes;

/// <summary>The cohort dashboard and its JSON twin, over the demo clinic's treated patients.</summary>
public sealed class AnalysingTheCohort(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_api_gives_evaluable_patients_and_responders_at_50_and_30_percent_for_each_infusion(DatabaseKind kind)
    {
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);

        var response = await physician.GetAsync("/api/v1/outcomes/cohort");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = body.GetProperty("responders")[0];
        Assert.Equal("1", first.GetProperty("infusion").GetString());
        var evaluable = first.GetProperty("evaluable").GetInt32();
        // 8 of the first 10 demo patients are treated; one has diary gaps, so at least 6 are evaluable after infusion 1
        Assert.InRange(evaluable, 6, 8);
        var rates = first.GetProperty("rates");
        Assert.Equal(0.5m, rates[0].GetProperty("threshold").GetDecimal());
        Assert.Equal(0.3m, rates[1].GetProperty("threshold").GetDecimal());
        // a 50% responder is also a 30% responder
        Assert.True(rates[1].GetProperty("responders").GetInt32() >= rates[0].GetProperty("responders").GetInt32());
        Assert.True(rates[0].GetProperty("responders").GetInt32() > 0);
        Assert.True(body.GetProperty("durability").GetProperty("patients").GetInt32() > 0);
    }

    [Fact]
    public async Task The_dashboard_draws_both_charts_with_tables_and_filters_narrow_the_cohort()
    {
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);

        var page = await physician.GetPageAsync("/outcomes/cohort");
        var men = await physician.GetAsync("/api/v1/outcomes/cohort?sex=Male");
        var all = await physician.GetAsync("/api/v1/outcomes/cohort");

        Assert.Contains("aria-labelledby=\"responders-title\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"durability-title\"", page, StringComparison.Ordinal);
        Assert.Contains("Median duration", page, StringComparison.Ordinal);
        var treatedMen = (await men.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("treated").GetInt32();
        var treatedAll = (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("treated").GetInt32();
        Assert.True(treatedMen < treatedAll);
    }

    [Theory]
    [InlineData("?from=2026-05-01&to=2026-01-01")]
    [InlineData("?ageBand=12-17")]
    [InlineData("?from=yesterday")]
    public async Task A_wrong_filter_is_a_problem_not_an_error(string query)
    {
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);

        var response = await physician.GetAsync("/api/v1/outcomes/cohort" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

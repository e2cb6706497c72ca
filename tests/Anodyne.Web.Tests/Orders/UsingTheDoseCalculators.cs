using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;

namespace Anodyne.Web.Tests.Orders;

/// <summary>The infusion-dose and plasma-level calculators: worked examples, and bad input refused by field, never NaN.</summary>
public sealed class UsingTheDoseCalculators(SharedClinic clinic)
{
    [Fact]
    public async Task Half_a_milligram_per_kilogram_over_40_minutes_is_worked_out_with_the_bag_and_pump()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var response = await nurse.PostJsonAsync("/api/v1/calculators/infusion-dose", new
        {
            weightKg = 70, dosingWeight = "actual", doseMgPerKg = 0.5, durationMinutes = 40, concentrationMgPerMl = 10, bagVolumeMl = 100,
        });
        var json = await ReadAsync(response);

        // 0.5 mg/kg x 70 kg = 35 mg; 3.5 mL of 10 mg/mL into 100 mL = 0.35 mg/mL; 100 mL over 40 min = 150 mL/h = 52.5 mg/h
        Assert.Equal(70m, json.GetProperty("dosingWeight").GetProperty("kg").GetDecimal());
        Assert.Equal(35m, json.GetProperty("totalMg").GetDecimal());
        Assert.Equal(3.5m, json.GetProperty("volumeToDrawMl").GetDecimal());
        Assert.Equal(0.35m, json.GetProperty("finalBagConcentrationMgPerMl").GetDecimal());
        Assert.Equal(150m, json.GetProperty("pumpRateMlPerHour").GetDecimal());
        Assert.Equal("Within", json.GetProperty("limitOutcome").GetString());
    }

    [Fact]
    public async Task Adjusted_weight_is_shown_with_its_formula_and_a_rate_above_the_soft_limit_is_a_finding()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var response = await nurse.PostJsonAsync("/api/v1/calculators/infusion-dose", new
        {
            weightKg = 100, heightCm = 180, sex = "male", dosingWeight = "adjusted", rateMgPerKgPerHour = 1.1, durationMinutes = 60, concentrationMgPerMl = 50, bagVolumeMl = 250,
        });
        var json = await ReadAsync(response);

        // ideal 74.9 kg; adjusted 74.9 + 0.4 x 25.1 = 84.9 kg; 1.1 x 84.9 = 93.39 mg over 1 h, rounded down to 93.3 mg
        Assert.Equal(84.9m, json.GetProperty("dosingWeight").GetProperty("kg").GetDecimal());
        Assert.Contains("adjusted 74.9 + 0.4", json.GetProperty("dosingWeight").GetProperty("formula").GetString(), StringComparison.Ordinal);
        Assert.Equal(93.3m, json.GetProperty("totalMg").GetDecimal());
        Assert.Equal("SoftLimitExceeded", json.GetProperty("limitOutcome").GetString());
    }

    [Fact]
    public async Task A_single_bolus_reaches_its_peak_when_it_ends_and_time_above_each_band_is_given()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var response = await nurse.PostJsonAsync("/api/v1/calculators/pk", new
        {
            weightKg = 70, model = "domino", sampleEveryMinutes = 1, untilMinute = 240,
            regimen = new object[] { new { startMinute = 0, bolusMgPerKg = 0.5, durationMinutes = 40 } },
        });
        var json = await ReadAsync(response);

        Assert.Equal(241, json.GetProperty("samples").GetArrayLength());
        Assert.Equal(40, json.GetProperty("peak").GetProperty("minute").GetDouble(), 0.5);
        // Zanos 2018: 0.5 mg/kg over 40 min gives dissociation-range levels of 100-250 ng/mL, i.e. 0.1-0.25 µg/mL
        var peak = json.GetProperty("peak").GetProperty("plasmaMicrogramsPerMl").GetDouble();
        Assert.InRange(peak, 0.1, 0.5);
        Assert.True(json.GetProperty("minutesAboveBands").GetProperty("dissociative").GetDouble() > 0);
        Assert.Equal(0, json.GetProperty("minutesAboveBands").GetProperty("anaesthetic").GetDouble());
    }

    [Theory]
    [InlineData("infusion-dose", """{"weightKg":-70,"dosingWeight":"actual","doseMgPerKg":0.5,"durationMinutes":40,"concentrationMgPerMl":10}""", "weightKg")]
    [InlineData("infusion-dose", """{"weightKg":900,"dosingWeight":"actual","doseMgPerKg":0.5,"durationMinutes":40,"concentrationMgPerMl":10}""", "weightKg")]
    [InlineData("infusion-dose", """{"weightKg":70,"dosingWeight":"actual","rateMgPerKgPerHour":1e308,"durationMinutes":40,"concentrationMgPerMl":10}""", "rateMgPerKgPerHour")]
    [InlineData("infusion-dose", """{"weightKg":70,"dosingWeight":"ideal","doseMgPerKg":0.5,"durationMinutes":40,"concentrationMgPerMl":10}""", "heightCm")]
    [InlineData("infusion-dose", """{"weightKg":70,"dosingWeight":"actual","doseMgPerKg":0.5,"durationMinutes":40,"concentrationMgPerMl":25}""", "concentrationMgPerMl")]
    [InlineData("infusion-dose", """{"weightKg":70,"dosingWeight":"heaviest","doseMgPerKg":0.5,"durationMinutes":40,"concentrationMgPerMl":10}""", "dosingWeight")]
    [InlineData("pk", """{"weightKg":-1,"model":"domino","regimen":[{"startMinute":0,"bolusMgPerKg":0.5,"durationMinutes":40}],"sampleEveryMinutes":1,"untilMinute":60}""", "weightKg")]
    [InlineData("pk", """{"weightKg":900,"model":"domino","regimen":[{"startMinute":0,"bolusMgPerKg":0.5,"durationMinutes":40}],"sampleEveryMinutes":1,"untilMinute":60}""", "weightKg")]
    [InlineData("pk", """{"weightKg":70,"model":"domino","regimen":[{"startMinute":0,"durationMinutes":60,"rateMgPerKgPerHour":0.2},{"startMinute":30,"durationMinutes":60,"rateMgPerKgPerHour":0.3}],"sampleEveryMinutes":1,"untilMinute":120}""", "regimen[1].startMinute")]
    [InlineData("pk", """{"weightKg":70,"model":"domino","regimen":[{"startMinute":0,"durationMinutes":60,"rateMgPerKgPerHour":1e308}],"sampleEveryMinutes":1,"untilMinute":120}""", "regimen[0].rateMgPerKgPerHour")]
    [InlineData("pk", """{"weightKg":70,"model":"clements","regimen":[{"startMinute":0,"bolusMgPerKg":0.5}],"sampleEveryMinutes":1,"untilMinute":60}""", "model")]
    [InlineData("pk", """{"weightKg":70,"model":"domino","regimen":[{"startMinute":0,"bolusMgPerKg":0.5}],"sampleEveryMinutes":0.001,"untilMinute":20000}""", "sampleEveryMinutes")]
    public async Task Bad_input_is_a_400_that_names_the_field(string calculator, string body, string field)
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await nurse.Http.PostAsync($"/api/v1/calculators/{calculator}", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        using var problem = JsonDocument.Parse(text);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calculators_are_in_the_openapi_document()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var document = await nurse.GetPageAsync("/api/v1/openapi.json");

        Assert.Contains("/api/v1/calculators/infusion-dose", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/calculators/pk", document, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}

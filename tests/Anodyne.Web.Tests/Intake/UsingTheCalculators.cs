using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Api;
using Anodyne.Web.Tests.Infrastructure;

namespace Anodyne.Web.Tests.Intake;

/// <summary>The calculators score and classify with the clinical library's rules, and refuse impossible input by field.</summary>
public sealed class UsingTheCalculators(SharedClinic clinic)
{
    public sealed record Hit6Result(int Score, string Impact);

    public sealed record MidasResult(int Score, string Grade);

    public sealed record Criterion(string Name, bool Met, string Explanation);

    public sealed record Assessment(string Code, string Name, bool Fulfilled, IReadOnlyList<Criterion> Criteria);

    public sealed record Diagnosis(string Code, string Name);

    public sealed record Classification(IReadOnlyList<Diagnosis> Diagnoses, IReadOnlyList<Assessment> Assessments);

    // clinical/outcomes.md §4.3: never 6, rarely 8, sometimes 10, very often 11, always 13 points; total 36-78;
    // <=49 little or no impact, 50-55 some, 56-59 substantial, 60-78 severe. Totals below are added by hand.
    [Theory]
    // 6+6+6+6+6+6 = 36, the lowest total
    [InlineData("never,never,never,never,never,never", 36, "little or none")]
    // 6+6+6+8+10+13 = 49, the top of little or none
    [InlineData("never,never,never,rarely,sometimes,always", 49, "little or none")]
    // 6+6+6+8+11+13 = 50, the bottom of some
    [InlineData("never,never,never,rarely,very often,always", 50, "some")]
    // 6+6+8+11+11+13 = 55, the top of some
    [InlineData("never,never,rarely,very often,very often,always", 55, "some")]
    // 6+8+8+10+11+13 = 56, the bottom of substantial
    [InlineData("never,rarely,rarely,sometimes,very often,always", 56, "substantial")]
    // 6+8+10+11+11+13 = 59, the top of substantial
    [InlineData("never,rarely,sometimes,very often,very often,always", 59, "substantial")]
    // 6+10+10+10+11+13 = 60, the bottom of severe
    [InlineData("never,sometimes,sometimes,sometimes,very often,always", 60, "severe")]
    // 13 x 6 = 78, the highest total
    [InlineData("always,always,always,always,always,always", 78, "severe")]
    public async Task Hit6_is_scored_as_published_with_the_band_edges(string answers, int score, string impact)
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var response = await nurse.PostJsonAsync("/api/v1/calculators/hit6", new { answers = answers.Split(',') });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Hit6Result(score, impact), await response.Content.ReadFromJsonAsync<Hit6Result>());
    }

    // clinical/outcomes.md §4.4: score = q1+q2+q3+q4+q5 (A and B are not scored);
    // grade I 0-5, II 6-10, III 11-20, IV >=21. Totals below are added by hand.
    [Theory]
    [InlineData(0, 0, 0, 0, 0, 0, "I")]
    // 1+1+1+1+1 = 5, the top of grade I
    [InlineData(1, 1, 1, 1, 1, 5, "I")]
    // 2+1+1+1+1 = 6, the bottom of grade II
    [InlineData(2, 1, 1, 1, 1, 6, "II")]
    // 2+2+2+2+2 = 10, the top of grade II
    [InlineData(2, 2, 2, 2, 2, 10, "II")]
    // 3+2+2+2+2 = 11, the bottom of grade III
    [InlineData(3, 2, 2, 2, 2, 11, "III")]
    // 4+4+4+4+4 = 20, the top of grade III
    [InlineData(4, 4, 4, 4, 4, 20, "III")]
    // 5+4+4+4+4 = 21, the bottom of grade IV
    [InlineData(5, 4, 4, 4, 4, 21, "IV")]
    // 30+20+30+20+40 = 140
    [InlineData(30, 20, 30, 20, 40, 140, "IV")]
    public async Task Midas_is_the_sum_of_questions_one_to_five_graded_at_the_published_edges(int q1, int q2, int q3, int q4, int q5, int score, string grade)
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var response = await nurse.PostJsonAsync("/api/v1/calculators/midas", new { q1, q2, q3, q4, q5, a = 60, b = 7 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MidasResult(score, grade), await response.Content.ReadFromJsonAsync<MidasResult>());
    }

    [Fact]
    public async Task A_chronic_migraine_history_with_triptan_overuse_gets_both_codes_and_every_criterion_explained()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var response = await nurse.PostJsonAsync("/api/v1/calculators/headache-classification", ChronicMigraineHistory());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<Classification>();
        var codes = result!.Diagnoses.Select(d => d.Code).ToList();
        Assert.Contains("1.1", codes);
        Assert.Contains("1.3", codes);
        Assert.Contains("8.2.2", codes);
        Assert.DoesNotContain("1.2", codes);
        var chronic = result.Assessments.Single(a => a.Code == "1.3");
        Assert.True(chronic.Fulfilled);
        Assert.Equal(["1.3 A", "1.3 B", "1.3 C", "1.3 D"], chronic.Criteria.Select(c => c.Name));
        Assert.All(chronic.Criteria, c => Assert.True(c.Met && c.Explanation.Length > 0, c.Name));
        Assert.Contains("20 headache days a month for 6 months", chronic.Criteria[0].Explanation, StringComparison.Ordinal);
        var withAura = result.Assessments.Single(a => a.Code == "1.2");
        Assert.False(withAura.Fulfilled);
        Assert.Contains(withAura.Criteria, c => !c.Met);
    }

    [Fact]
    public async Task Fourteen_headache_days_are_not_chronic_migraine_and_the_unmet_criterion_says_why()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var response = await nurse.PostJsonAsync("/api/v1/calculators/headache-classification", ChronicMigraineHistory(headacheDays: 14));

        var result = await response.Content.ReadFromJsonAsync<Classification>();
        var chronic = result!.Assessments.Single(a => a.Code == "1.3");
        Assert.False(chronic.Fulfilled);
        Assert.Equal(["1.3 A"], chronic.Criteria.Where(c => !c.Met).Select(c => c.Name));
        Assert.Contains("14 headache days", chronic.Criteria[0].Explanation, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> OutOfRange => new()
    {
        { "hit6", """{"answers": ["never","never","never","never","never","never","never"]}""", "answers" },
        { "hit6", """{"answers": ["never","never","never","never","never"]}""", "answers" },
        { "hit6", """{"answers": ["never","never","often","never","never","never"]}""", "answers[2]" },
        { "hit6", """{}""", "answers" },
        { "midas", """{"q1": 0, "q2": 0, "q3": -1, "q4": 0, "q5": 0, "a": 0, "b": 0}""", "q3" },
        { "midas", """{"q1": 93, "q2": 0, "q3": 0, "q4": 0, "q5": 0, "a": 0, "b": 0}""", "q1" },
        { "midas", """{"q1": 50, "q2": 50, "q3": 0, "q4": 0, "q5": 0, "a": 0, "b": 0}""", "q2" },
        { "midas", """{"q1": 0, "q2": 0, "q3": 0, "q4": 0, "q5": 0, "a": 0, "b": 11}""", "b" },
        { "midas", """{"q1": 0, "q2": 0, "q3": 0, "q4": 0, "a": 0, "b": 0}""", "q5" },
        { "headache-classification", Json(ChronicMigraineHistory(headacheDays: 32)), "headacheDaysPerMonth" },
        { "headache-classification", Json(ChronicMigraineHistory(headacheDays: -1)), "headacheDaysPerMonth" },
        { "headache-classification", Json(ChronicMigraineHistory(headacheDays: 10, migraineLikeDays: 12)), "migraineLikeDaysPerMonth" },
        { "headache-classification", Json(ChronicMigraineHistory(triptanDays: 32)), "acuteMedication.classes[0].daysPerMonth" },
        { "headache-classification", Json(ChronicMigraineHistory(triptanDays: 12, anyDays: 8)), "acuteMedication.daysWithAnyAcuteMedicationPerMonth" },
        { "headache-classification", Json(ChronicMigraineHistory(durationHours: 0)), "attacksWithoutAura.durationHours" },
        { "headache-classification", """{"ageYears": 40, "headacheDaysPerMonth": 5, "migraineLikeDaysPerMonth": 5, "monthsAtCurrentFrequency": 4, "attacksWithAura": {"numberOfAttacks": 3, "symptoms": []}}""", "attacksWithAura.symptoms" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task Out_of_range_input_is_a_400_naming_the_field(string calculator, string json, string field)
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var response = await nurse.Http.PostAsync($"/api/v1/calculators/{calculator}", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {body}");
        Assert.All(messages.EnumerateArray(), m => Assert.False(string.IsNullOrWhiteSpace(m.GetString())));
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nurse_token_may_use_the_calculators_and_an_anonymous_caller_may_not()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var secret = await UsingApiTokens.IssueAsync(app, "daniel.chen@anodyne.example", 30);
        using var token = UsingApiTokens.Bearer(app, secret);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var body = new { answers = new[] { "always", "always", "always", "always", "always", "always" } };

        var withToken = await token.PostAsJsonAsync("/api/v1/calculators/hit6", body);
        var withNothing = await anonymous.PostAsJsonAsync("/api/v1/calculators/hit6", body);

        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(new Hit6Result(78, "severe"), await withToken.Content.ReadFromJsonAsync<Hit6Result>());
        Assert.Equal(HttpStatusCode.Unauthorized, withNothing.StatusCode);
    }

    [Fact]
    public async Task The_calculators_are_described_in_the_openapi_document()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var document = await nurse.GetPageAsync("/api/v1/openapi.json");

        Assert.Contains("/api/v1/calculators/hit6", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/calculators/midas", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/calculators/headache-classification", document, StringComparison.Ordinal);
        Assert.Contains("migraineLikeDaysPerMonth", document, StringComparison.Ordinal);
        Assert.Contains("daysWithAnyAcuteMedicationPerMonth", document, StringComparison.Ordinal);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);

    // clinical/diagnosis.md §3.3 and §3.4: daily-ish headache for 6 months, 12 migraine-like days, triptans on 12 days.
    private static object ChronicMigraineHistory(int headacheDays = 20, int migraineLikeDays = 12, int triptanDays = 12, int? anyDays = null, decimal durationHours = 24) => new
    {
        ageYears = 41,
        attacksWithoutAura = new
        {
            numberOfAttacks = 40,
            durationHours,
            unilateral = true,
            pulsating = true,
            moderateOrSevereIntensity = true,
            aggravatedByRoutinePhysicalActivity = true,
            nauseaOrVomiting = true,
            photophobia = true,
            phonophobia = true,
        },
        headacheDaysPerMonth = headacheDays,
        migraineLikeDaysPerMonth = migraineLikeDays,
        monthsAtCurrentFrequency = 6,
        hasPreExistingHeadacheDisorder = true,
        acuteMedication = new
        {
            classes = new[] { new { medicationClass = "Triptan", daysPerMonth = triptanDays } },
            daysWithAnyAcuteMedicationPerMonth = anyDays ?? triptanDays,
            monthsOfRegularUse = 6,
            useCannotBeReliablyEstablished = false,
        },
        betterAccountedForByAnotherDiagnosis = false,
    };
}

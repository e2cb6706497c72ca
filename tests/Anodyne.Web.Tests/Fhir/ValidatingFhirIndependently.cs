using System.Text.Json;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Anodyne.Web.Tests.Intake;

namespace Anodyne.Web.Tests.Fhir;

/// <summary>Every resource type the server produces passes an independent validator, and that validator can fail.</summary>
public sealed class ValidatingFhirIndependently(SharedClinic clinic)
{
    [Fact]
    public async Task Every_resource_of_the_demo_clinic_passes_the_independent_validator()
    {
        IndependentFhirValidator.Script();
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var admin = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Administrator);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);
        await nurse.PostFormAsync($"/patients/{patientId}/hit6", new()
        {
            ["Input.AnsweredOn"] = "2026-02-21",
            ["Input.Item1"] = "Rarely", ["Input.Item2"] = "Always", ["Input.Item3"] = "Sometimes",
            ["Input.Item4"] = "Never", ["Input.Item5"] = "VeryOften", ["Input.Item6"] = "Always",
        });
        await nurse.PostFormAsync($"/patients/{patientId}/midas", new()
        {
            ["Input.AnsweredOn"] = "2026-02-21", ["Input.Q1"] = "3", ["Input.Q2"] = "4", ["Input.Q3"] = "2",
            ["Input.Q4"] = "6", ["Input.Q5"] = "1", ["Input.A"] = "45", ["Input.B"] = "7",
        });
        await nurse.PostFormAsync($"/patients/{patientId}/headache-history", TakingAHeadacheHistory.ChronicMigraineWithTriptanOveruse());
        var folder = Directory.CreateTempSubdirectory("anodyne-fhir-");
        try
        {
            var files = new List<string>
            {
                await WriteAsync(folder, "metadata", [await nurse.Http.GetStringAsync("/fhir/metadata")]),
            };
            foreach (var type in new[] { "Patient", "Practitioner", "Appointment", "Questionnaire", "QuestionnaireResponse", "Observation", "Condition" })
            {
                files.Add(await WriteAsync(folder, type, await EntriesAsync(nurse.Http, $"/fhir/{type}?_count=100")));
            }

            files.Add(await WriteAsync(folder, "AuditEvent", await EntriesAsync(admin.Http, "/fhir/AuditEvent?_count=100")));
            using var unsupported = await nurse.Http.GetAsync("/fhir/Specimen");
            files.Add(await WriteAsync(folder, "OperationOutcome", [await unsupported.Content.ReadAsStringAsync()]));

            var verdict = await IndependentFhirValidator.ValidateAsync([.. files]);

            Assert.True(verdict.ExitCode == 0, verdict.Output);
            foreach (var type in new[] { "CapabilityStatement", "Patient", "Practitioner", "Appointment", "Questionnaire", "QuestionnaireResponse", "Observation", "Condition", "AuditEvent", "OperationOutcome", "Bundle" })
            {
                Assert.Contains(type, verdict.Output, StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_independent_validator_refuses_a_broken_observation()
    {
        IndependentFhirValidator.Script();
        var folder = Directory.CreateTempSubdirectory("anodyne-fhir-");
        try
        {
            // No code, and a string where the integer value belongs.
            var file = await WriteAsync(folder, "broken", ["""{"resourceType":"Observation","status":"final","valueInteger":"60"}"""]);

            var verdict = await IndependentFhirValidator.ValidateAsync(file);

            Assert.Equal(1, verdict.ExitCode);
            Assert.Contains("1 invalid", verdict.Output, StringComparison.Ordinal);
            Assert.Contains("Observation.code", verdict.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every page of a search: the bundles themselves and each resource in them, as raw JSON.</summary>
    private static async Task<List<string>> EntriesAsync(HttpClient client, string path)
    {
        var resources = new List<string>();
        string? next = path;
        while (next is not null)
        {
            var body = await client.GetStringAsync(next);
            resources.Add(body);
            using var bundle = JsonDocument.Parse(body);
            if (bundle.RootElement.TryGetProperty("entry", out var entries))
            {
                resources.AddRange(entries.EnumerateArray().Select(e => e.GetProperty("resource").GetRawText()));
            }

            next = bundle.RootElement.TryGetProperty("link", out var links)
                ? links.EnumerateArray().Where(l => l.GetProperty("relation").GetString() == "next").Select(l => l.GetProperty("url").GetString()).FirstOrDefault()
                : null;
        }

        return resources;
    }

    private static async Task<string> WriteAsync(DirectoryInfo folder, string name, IEnumerable<string> resources)
    {
        var path = Path.Combine(folder.FullName, name + ".ndjson");
        var lines = resources.Select(r => JsonSerializer.Serialize(JsonDocument.Parse(r).RootElement));
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }
}

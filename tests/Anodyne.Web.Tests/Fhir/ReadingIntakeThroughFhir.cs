using System.Net;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Anodyne.Web.Tests.Intake;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

namespace Anodyne.Web.Tests.Fhir;

/// <summary>Questionnaires, their answers and scores, and the ICHD-3 diagnoses, read as FHIR resources.</summary>
public sealed class ReadingIntakeThroughFhir(SharedClinic clinic)
{
    private const string ScoreSystem = "https://anodyne.example/fhir/CodeSystem/score";

    // clinical/outcomes.md §4.3: 6 + 10 + 10 + 10 + 11 + 13 = 60, severe impact.
    private static Dictionary<string, string> Hit6Of60(string answeredOn) => new()
    {
        ["Input.AnsweredOn"] = answeredOn,
        ["Input.Item1"] = "Never",
        ["Input.Item2"] = "Sometimes",
        ["Input.Item3"] = "Sometimes",
        ["Input.Item4"] = "Sometimes",
        ["Input.Item5"] = "VeryOften",
        ["Input.Item6"] = "Always",
    };

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_hit6_reads_back_as_a_completed_response_and_a_score_observation_derived_from_it(DatabaseKind kind)
    {
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);
        await nurse.PostFormAsync($"/patients/{patientId}/hit6", Hit6Of60("2026-03-01"));

        var responses = await FhirCalls.GetAsync<Bundle>(nurse.Http, $"/fhir/QuestionnaireResponse?patient={patientId}");
        var scores = await FhirCalls.GetAsync<Bundle>(nurse.Http, $"/fhir/Observation?subject=Patient/{patientId}");

        var response = Assert.Single(responses.Resources<QuestionnaireResponse>());
        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, response.Status);
        Assert.Equal("https://anodyne.example/fhir/Questionnaire/hit-6|1", response.Questionnaire);
        Assert.Equal($"Patient/{patientId}", response.Subject!.Reference);
        Assert.Equal("2026-03-01", response.Authored);
        Assert.Equal(["never", "sometimes", "sometimes", "sometimes", "very-often", "always"],
            response.Item.Select(i => ((Coding)i.Answer.Single().Value!).Code));
        var score = Assert.Single(scores.Resources<Observation>());
        Assert.Equal((ScoreSystem, "hit6-total"), (score.Code!.Coding.Single().System, score.Code!.Coding.Single().Code));
        Assert.Equal(60, ((Integer)score.Value!).Value);
        Assert.Equal("severe impact", score.Interpretation.Single().Text);
        Assert.Equal("survey", score.Category.Single().Coding.Single().Code);
        Assert.Equal($"QuestionnaireResponse/{response.Id}", score.DerivedFrom.Single().Reference);
        var read = await FhirCalls.GetAsync<Observation>(nurse.Http, $"/fhir/Observation/{score.Id}");
        Assert.Equal(score.Id, read.Id);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_headache_history_gives_a_problem_list_condition_for_each_diagnosis_it_fulfils(DatabaseKind kind)
    {
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);
        await nurse.PostFormAsync($"/patients/{patientId}/headache-history", TakingAHeadacheHistory.ChronicMigraineWithTriptanOveruse());

        var conditions = (await FhirCalls.GetAsync<Bundle>(nurse.Http, $"/fhir/Condition?patient={patientId}")).Resources<Condition>().ToList();

        // 20 headache days a month for 6 months with migraine features, triptans on 12 days: ICHD-3 1.3 and 8.2.2.
        var chronic = Assert.Single(conditions, c => c.Code!.Coding.Any(x => x.Code == "1.3"));
        Assert.Contains(chronic.Code!.Coding, x => x.System == "http://hl7.org/fhir/sid/icd-10-cm" && x.Code == "G43.7");
        Assert.Equal("problem-list-item", chronic.Category.Single().Coding.Single().Code);
        Assert.Equal("active", chronic.ClinicalStatus!.Coding.Single().Code);
        Assert.Equal("2026-03-01", chronic.RecordedDate);
        var overuse = Assert.Single(conditions, c => c.Code!.Coding.Any(x => x.Code == "8.2.2"));
        Assert.Contains(overuse.Code!.Coding, x => x.Code == "G44.4");
        var read = await FhirCalls.GetAsync<Condition>(nurse.Http, $"/fhir/Condition/{chronic.Id}");
        Assert.Equal(chronic.Id, read.Id);
    }

    [Fact]
    public async Task Every_intake_resource_passes_the_strict_parser_and_its_own_validation()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);
        await nurse.PostFormAsync($"/patients/{patientId}/hit6", Hit6Of60("2026-02-20"));
        await nurse.PostFormAsync($"/patients/{patientId}/headache-history", TakingAHeadacheHistory.ChronicMigraineWithTriptanOveruse());
        var strict = new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict));
        string[] searches =
        [
            "/fhir/Questionnaire", $"/fhir/QuestionnaireResponse?patient={patientId}",
            $"/fhir/Observation?patient={patientId}", $"/fhir/Condition?patient={patientId}",
        ];

        foreach (var path in searches)
        {
            var body = await nurse.Http.GetStringAsync(path);
            var bundle = Assert.IsType<Bundle>(strict.DeserializeResource(body));
            Assert.NotEmpty(bundle.Entry);
            foreach (var entry in bundle.Entry)
            {
                var issues = entry.Resource!.Validate().ToList();
                Assert.True(issues.Count == 0, $"{path}: {string.Join("; ", issues)}");
            }
        }
    }

    [Fact]
    public async Task A_patient_sees_only_their_own_questionnaires_and_the_reads_are_audited()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);
        var other = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);
        await nurse.PostFormAsync($"/patients/{SharedClinic.PortalPatientId}/hit6", Hit6Of60("2026-02-27"));
        await nurse.PostFormAsync($"/patients/{other}/hit6", Hit6Of60("2026-02-27"));
        var othersResponse = (await FhirCalls.GetAsync<Bundle>(nurse.Http, $"/fhir/QuestionnaireResponse?patient={other}"))
            .Resources<QuestionnaireResponse>().Single();
        var searchesBefore = await AuditCountAsync(app, AuditAction.Search);

        var own = await FhirCalls.GetAsync<Bundle>(patient.Http, "/fhir/QuestionnaireResponse");
        var named = await FhirCalls.GetAsync<Bundle>(patient.Http, $"/fhir/QuestionnaireResponse?patient={other}");
        var outcome = await FhirCalls.GetAsync<OperationOutcome>(patient.Http, $"/fhir/QuestionnaireResponse/{othersResponse.Id}", HttpStatusCode.NotFound);

        Assert.NotEmpty(own.Entry);
        Assert.All(own.Resources<QuestionnaireResponse>(), r => Assert.Equal($"Patient/{SharedClinic.PortalPatientId}", r.Subject!.Reference));
        Assert.Empty(named.Entry);
        Assert.Equal(OperationOutcome.IssueType.NotFound, outcome.Issue.Single().Code);
        Assert.True(await AuditCountAsync(app, AuditAction.Search) >= searchesBefore + 2, "The searches left no audit rows");
        Assert.True(await app.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == "QuestionnaireResponse" && e.EntityId == othersResponse.Id && e.Outcome == AuditOutcome.Denied)));
    }

    [Fact]
    public async Task The_questionnaires_name_the_published_answer_options_but_not_the_licensed_item_wording()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var hit6 = await FhirCalls.GetAsync<Questionnaire>(nurse.Http, "/fhir/Questionnaire/hit-6");
        var midas = await FhirCalls.GetAsync<Bundle>(nurse.Http, $"/fhir/Questionnaire?url={Uri.EscapeDataString("https://anodyne.example/fhir/Questionnaire/midas")}");

        Assert.Equal(6, hit6.Item.Count);
        Assert.All(hit6.Item, i => Assert.Equal(["never", "rarely", "sometimes", "very-often", "always"], i.AnswerOption.Select(o => ((Coding)o.Value!).Code)));
        Assert.All(hit6.Item, i => Assert.Contains("licensed copy", i.Text, StringComparison.Ordinal));
        Assert.Equal(["q1", "q2", "q3", "q4", "q5", "a", "b"], midas.Resources<Questionnaire>().Single().Item.Select(i => i.LinkId));
    }

    [Fact]
    public async Task A_search_parameter_these_types_do_not_support_is_refused_rather_than_ignored()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var outcome = await FhirCalls.GetAsync<OperationOutcome>(nurse.Http, "/fhir/Condition?code=1.3", HttpStatusCode.BadRequest);

        Assert.Contains("'code' is not supported", outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    private static Task<int> AuditCountAsync(ClinicApp app, AuditAction action) =>
        app.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == action && e.EntityType == "QuestionnaireResponse"));
}

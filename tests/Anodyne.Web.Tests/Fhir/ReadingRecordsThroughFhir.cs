using System.Net;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Api;
using Anodyne.Web.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

namespace Anodyne.Web.Tests.Fhir;

public sealed class ReadingRecordsThroughFhir(SharedClinic clinic)
{
    private const string MrnSystem = "https://anodyne.example/fhir/sid/mrn";

    private static readonly string Laura = SharedClinic.PortalPatientId.ToString("D");
    private static readonly string Marcus = SharedClinic.OtherPortalPatientId.ToString("D");

    [Fact]
    public async Task The_capability_statement_is_public_and_lists_only_what_is_implemented()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var anonymous = app.CreateClinicClient();

        var statement = await FhirCalls.GetAsync<CapabilityStatement>(anonymous.Http, "/fhir/metadata");

        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.Equal(["json"], statement.Format);
        Assert.Equal(CapabilityStatementKind.Instance, statement.Kind);
        var rest = Assert.Single(statement.Rest);
        Assert.Equal(["Appointment", "AuditEvent", "Condition", "Observation", "Patient", "Practitioner", "Questionnaire", "QuestionnaireResponse"], rest.Resource.Select(r => r.Type).Order(StringComparer.Ordinal));
        Assert.All(rest.Resource, r => Assert.Equal(
            [CapabilityStatement.TypeRestfulInteraction.Read, CapabilityStatement.TypeRestfulInteraction.SearchType],
            r.Interaction.Select(i => i.Code!.Value)));
        Assert.Contains(rest.Resource.Single(r => r.Type == "Patient").SearchParam, p => p.Name == "identifier");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_patient_read_round_trips_with_the_record_number_and_is_audited(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);
        var before = await FhirViewsOfLauraAsync(app);

        var patient = await FhirCalls.GetAsync<Patient>(physician.Http, $"/fhir/Patient/{Laura}");

        Assert.Equal(Laura, patient.Id);
        var mrn = Assert.Single(patient.Identifier);
        Assert.Equal((MrnSystem, "A100001"), (mrn.System, mrn.Value));
        Assert.Equal("MR", mrn.Type!.Coding.Single().Code);
        Assert.Equal("Bennett", patient.Name.Single().Family);
        Assert.Equal(["Laura"], patient.Name.Single().Given);
        Assert.Equal(AdministrativeGender.Female, patient.Gender);
        Assert.Equal("1984-03-14", patient.BirthDate);
        Assert.Contains(patient.Telecom, t => t.System == ContactPoint.ContactPointSystem.Phone && t.Value == "555-0101");
        Assert.True(await FhirViewsOfLauraAsync(app) > before, "The read left no audit row");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_search_by_identifier_finds_the_one_patient(DatabaseKind kind)
    {
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);

        var found = await FhirCalls.GetAsync<Bundle>(physician.Http, $"/fhir/Patient?identifier={Uri.EscapeDataString(MrnSystem + "|A100001")}");
        var bareValue = await FhirCalls.GetAsync<Bundle>(physician.Http, "/fhir/Patient?identifier=A100002");
        var otherSystem = await FhirCalls.GetAsync<Bundle>(physician.Http, $"/fhir/Patient?identifier={Uri.EscapeDataString("urn:other|A100001")}");

        Assert.Equal(Bundle.BundleType.Searchset, found.Type);
        Assert.Equal(1, found.Total);
        Assert.Equal(Laura, found.Resources<Patient>().Single().Id);
        Assert.EndsWith($"/fhir/Patient/{Laura}", found.Entry.Single().FullUrl, StringComparison.Ordinal);
        Assert.Equal(Marcus, bareValue.Resources<Patient>().Single().Id);
        Assert.Equal(0, otherSystem.Total);
        Assert.Empty(otherSystem.Entry);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Paging_by_two_follows_next_links_to_the_end(DatabaseKind kind)
    {
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);

        var pages = await FhirCalls.AllPagesAsync(nurse.Http, "/fhir/Patient?_count=2");

        Assert.True(pages.Count >= 3, $"Only {pages.Count} pages");
        Assert.All(pages, p => Assert.InRange(p.Entry.Count, 1, 2));
        var ids = pages.SelectMany(p => p.Resources<Patient>()).Select(p => p.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count >= pages[0].Total, $"{ids.Count} patients listed of {pages[0].Total}");
        Assert.Null(pages[^1].Link.FirstOrDefault(l => l.Relation == "next"));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_patient_sees_only_their_own_patient_and_appointments(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var laura = await clinic.ClientAsync(kind, ClinicRoles.Patient);
        var ownAppointments = await app.WithDatabaseAsync(db => db.Appointments.CountAsync(a => a.PatientId == SharedClinic.PortalPatientId));
        var marcusAppointment = await app.WithDatabaseAsync(db => db.Appointments.Where(a => a.PatientId == SharedClinic.OtherPortalPatientId).Select(a => a.Id).FirstAsync());

        var own = await FhirCalls.GetAsync<Patient>(laura.Http, $"/fhir/Patient/{Laura}");
        var other = await FhirCalls.GetAsync<OperationOutcome>(laura.Http, $"/fhir/Patient/{Marcus}", HttpStatusCode.NotFound);
        var patients = await FhirCalls.GetAsync<Bundle>(laura.Http, "/fhir/Patient");
        var byIdentifier = await FhirCalls.GetAsync<Bundle>(laura.Http, "/fhir/Patient?identifier=A100002");
        var appointments = await FhirCalls.AllPagesAsync(laura.Http, "/fhir/Appointment?_count=2");
        var othersAppointments = await FhirCalls.GetAsync<Bundle>(laura.Http, $"/fhir/Appointment?patient=Patient/{Marcus}");
        var otherAppointment = await FhirCalls.GetAsync<OperationOutcome>(laura.Http, $"/fhir/Appointment/{marcusAppointment:D}", HttpStatusCode.NotFound);
        var practitioners = await laura.GetAsync("/fhir/Practitioner");

        Assert.Equal(Laura, own.Id);
        Assert.Equal(OperationOutcome.IssueType.NotFound, other.Issue.Single().Code);
        Assert.Equal([Laura], patients.Resources<Patient>().Select(p => p.Id));
        Assert.Equal(0, byIdentifier.Total);
        var listed = appointments.SelectMany(p => p.Resources<Appointment>()).ToList();
        Assert.Equal(ownAppointments, listed.Count);
        Assert.All(listed, a => Assert.Contains(a.Participant, p => p.Actor!.Reference == $"Patient/{Laura}"));
        Assert.Equal(0, othersAppointments.Total);
        Assert.Equal(OperationOutcome.IssueType.NotFound, otherAppointment.Issue.Single().Code);
        await FhirCalls.ReadAsync<OperationOutcome>(practitioners, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_patients_api_token_is_held_to_the_same_limits(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        using var token = UsingApiTokens.Bearer(app, await UsingApiTokens.IssueAsync(app, "laura.bennett@patients.example", 1));

        var patients = await FhirCalls.GetAsync<Bundle>(token, "/fhir/Patient");
        await FhirCalls.GetAsync<OperationOutcome>(token, $"/fhir/Patient/{Marcus}", HttpStatusCode.NotFound);
        var appointments = await FhirCalls.GetAsync<Bundle>(token, "/fhir/Appointment?_count=100");

        Assert.Equal([Laura], patients.Resources<Patient>().Select(p => p.Id));
        Assert.All(appointments.Resources<Appointment>(), a => Assert.Equal($"Patient/{Laura}", a.Participant[0].Actor!.Reference));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Appointments_map_status_times_and_participants_and_filter_by_patient_and_date(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var frontDesk = await clinic.ClientAsync(kind, ClinicRoles.FrontDesk);
        var stored = await app.WithDatabaseAsync(db => db.Appointments.Where(a => a.PatientId == SharedClinic.PortalPatientId).OrderBy(a => a.StartsAtUtc).ToListAsync());
        var first = stored[0];
        var day = first.StartsAtUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var all = await FhirCalls.GetAsync<Bundle>(frontDesk.Http, $"/fhir/Appointment?patient={Laura}&_count=100");
        var onThatDay = await FhirCalls.GetAsync<Bundle>(frontDesk.Http, $"/fhir/Appointment?subject=Patient/{Laura}&date=ge{day}&date=le{day}");
        var read = await FhirCalls.GetAsync<Appointment>(frontDesk.Http, $"/fhir/Appointment/{first.Id:D}");

        Assert.Equal(stored.Count, all.Total);
        Assert.Equal(stored.Count(a => a.StartsAtUtc.Date == first.StartsAtUtc.Date), onThatDay.Total);
        Assert.Equal(Appointment.AppointmentStatus.Fulfilled, read.Status);
        Assert.Equal(new DateTimeOffset(first.StartsAtUtc, TimeSpan.Zero), read.Start);
        Assert.Equal(new DateTimeOffset(first.EndsAtUtc, TimeSpan.Zero), read.End);
        Assert.Equal("infusion", read.ServiceType.Single().Coding.Single().Code);
        Assert.Contains(read.Participant, p => p.Actor!.Reference == $"Patient/{Laura}");
        var practitioner = read.Participant.Single(p => p.Actor!.Reference?.StartsWith("Practitioner/", StringComparison.Ordinal) == true);
        Assert.Equal(first.StaffUserId, practitioner.Actor!.Reference!["Practitioner/".Length..]);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Practitioners_are_physicians_and_nurses_without_security_fields(DatabaseKind kind)
    {
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);

        using var response = await nurse.GetAsync("/fhir/Practitioner?_count=100");
        var body = await response.Content.ReadAsStringAsync();
        var bundle = await FhirCalls.ReadAsync<Bundle>(response);

        // Other tests may add staff to the shared clinic, so the demo's clinicians are looked for, not counted.
        var names = bundle.Resources<Practitioner>().Select(p => p.Name.Single().Text).ToList();
        Assert.Superset(new HashSet<string> { "Daniel Chen, RN", "Dr. Amara Okafor", "Dr. Henrik Lindqvist", "Priya Nair, RN", "Rosa Rivera, RN" }, names.OfType<string>().ToHashSet());
        Assert.DoesNotContain("Morgan Ellis", names);
        Assert.DoesNotContain("Sam Patel", names);
        foreach (var secret in new[] { "PasswordHash", "SecurityStamp", "AQAAAA", "Lockout", "TwoFactor" })
        {
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }

        var one = bundle.Resources<Practitioner>().First();
        Assert.Equal(one.Id, (await FhirCalls.GetAsync<Practitioner>(nurse.Http, $"/fhir/Practitioner/{one.Id}")).Id);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_events_are_for_administrators_only_and_follow_the_basic_audit_shape(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var admin = await clinic.ClientAsync(kind, ClinicRoles.Administrator);
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);
        using var anonymous = app.CreateClinicClient();
        await FhirCalls.GetAsync<Patient>(physician.Http, $"/fhir/Patient/{Laura}");

        var refused = await FhirCalls.GetAsync<OperationOutcome>(physician.Http, "/fhir/AuditEvent", HttpStatusCode.Forbidden);
        var unsigned = await FhirCalls.GetAsync<OperationOutcome>(anonymous.Http, "/fhir/AuditEvent", HttpStatusCode.Unauthorized);
        var pages = await FhirCalls.AllPagesAsync(admin.Http, $"/fhir/AuditEvent?patient=Patient/{Laura}&_count=100");

        Assert.Equal(OperationOutcome.IssueType.Forbidden, refused.Issue.Single().Code);
        Assert.Equal(OperationOutcome.IssueType.Login, unsigned.Issue.Single().Code);
        var events = pages.SelectMany(p => p.Resources<AuditEvent>()).ToList();
        Assert.All(events, e => Assert.Contains(e.Entity, x => x.What!.Reference == $"Patient/{Laura}" && x.Role!.Code == "1"));
        var read = events.Last(e => e.Subtype.Any(s => s.Code == "read") && e.Agent.Single().Who!.Display == "Dr. Amara Okafor");
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest"), (read.Type.System, read.Type.Code));
        Assert.Equal(AuditEvent.AuditEventAction.R, read.Action);
        Assert.Equal(AuditEvent.AuditEventOutcome.N0, read.Outcome);
        Assert.True(read.Agent.Single().Requestor);
        Assert.StartsWith("Practitioner/", read.Agent.Single().Who!.Reference, StringComparison.Ordinal);
        Assert.NotNull(read.Recorded);
        Assert.NotNull(read.Source.Observer);
        var single = await FhirCalls.GetAsync<AuditEvent>(admin.Http, $"/fhir/AuditEvent/{read.Id}");
        Assert.Equal(read.Recorded, single.Recorded);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Searches_are_audited_for_each_patient_listed(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var before = await SearchRowsAsync(app, SharedClinic.OtherPortalPatientId);

        var found = await FhirCalls.GetAsync<Bundle>(nurse.Http, $"/fhir/Appointment?patient={Marcus}");

        Assert.True(found.Total > 0);
        // Other tests share the clinic and may list the same patient, so the count can only be said to grow.
        Assert.True(await SearchRowsAsync(app, SharedClinic.OtherPortalPatientId) > before, "The search left no audit row for the patient");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_events_filter_by_date_and_last_updated(DatabaseKind kind)
    {
        var admin = await clinic.ClientAsync(kind, ClinicRoles.Administrator);
        var day = ClinicApp.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var none = await FhirCalls.GetAsync<Bundle>(admin.Http, "/fhir/AuditEvent?date=lt2000-01-01");
        var sameDay = await FhirCalls.GetAsync<Bundle>(admin.Http, $"/fhir/AuditEvent?_lastUpdated={day}&_count=1");
        var fromInstant = await FhirCalls.GetAsync<Bundle>(admin.Http, $"/fhir/AuditEvent?date=ge{Uri.EscapeDataString(ClinicApp.Start.AddDays(-1).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture))}&date=lt2100-01-01&_count=1");
        var afterwards = await FhirCalls.GetAsync<Bundle>(admin.Http, "/fhir/AuditEvent?date=gt2099-12-31");

        Assert.Equal(0, none.Total);
        Assert.True(sameDay.Total > 0);
        Assert.Single(sameDay.Entry);
        Assert.Equal(day, sameDay.Resources<AuditEvent>().Single().Recorded!.Value.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(fromInstant.Total > 0);
        Assert.Equal(0, afterwards.Total);
    }

    [Fact]
    public async Task Unknown_records_types_and_routes_are_404_operation_outcomes()
    {
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);

        foreach (var path in new[] { $"/fhir/Patient/{Guid.NewGuid():D}", "/fhir/Patient/not-an-id", $"/fhir/Appointment/{Guid.NewGuid():D}", "/fhir/Practitioner/nobody", "/fhir/Specimen", "/fhir/Specimen/1", "/fhir/Observation/1", "/fhir/Condition/nothing-here", "/fhir/Questionnaire/phq-9", "/fhir/Patient/1/_history/2" })
        {
            var outcome = await FhirCalls.GetAsync<OperationOutcome>(physician.Http, path, HttpStatusCode.NotFound);
            Assert.Equal(OperationOutcome.IssueSeverity.Error, outcome.Issue.Single().Severity);
        }
    }

    [Fact]
    public async Task Bad_search_parameters_are_400_operation_outcomes()
    {
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);

        foreach (var query in new[] { "Patient?_count=0", "Patient?_count=abc", "Patient?_count=101", "Patient?_count=-1", "Patient?name=Bennett", "Appointment?date=yesterday", "Appointment?date=xx2026-03-02", "Appointment?patient=Marcus", "Patient?_offset=-3", "Patient?_format=xml" })
        {
            var outcome = await FhirCalls.GetAsync<OperationOutcome>(physician.Http, "/fhir/" + query, HttpStatusCode.BadRequest);
            Assert.Equal(OperationOutcome.IssueType.Invalid, outcome.Issue.Single().Code);
        }
    }

    [Fact]
    public async Task A_bad_token_is_a_401_operation_outcome_that_says_why()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var client = UsingApiTokens.Bearer(app, "ady_" + new string('x', 43));

        var outcome = await FhirCalls.GetAsync<OperationOutcome>(client, $"/fhir/Patient/{Laura}", HttpStatusCode.Unauthorized);

        Assert.Equal(OperationOutcome.IssueType.Login, outcome.Issue.Single().Code);
        Assert.Contains("not recognised", outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_are_refused_with_an_operation_outcome()
    {
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);

        using var response = await physician.Http.PostAsync("/fhir/Patient", new StringContent("{}", System.Text.Encoding.UTF8, "application/fhir+json"));

        await FhirCalls.ReadAsync<OperationOutcome>(response, HttpStatusCode.MethodNotAllowed);
    }

    private static Task<int> SearchRowsAsync(ClinicApp app, Guid patientId) =>
        app.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Search && e.PatientId == patientId
            && e.EntityType == "Appointment" && e.ActorName == "Rosa Rivera, RN"));

    private static Task<int> FhirViewsOfLauraAsync(ClinicApp app) =>
        app.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.View && e.PatientId == SharedClinic.PortalPatientId
            && e.EntityType == "Patient" && e.Detail == "FHIR read" && e.ActorName == "Dr. Amara Okafor"));
}

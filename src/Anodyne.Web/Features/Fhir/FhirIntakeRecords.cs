using Anodyne.Web.Data;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Infrastructure.Auditing;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// The intake record through FHIR: Questionnaire (HIT-6, MIDAS), QuestionnaireResponse (each completed
/// questionnaire), Observation (each total score) and Condition (the ICHD-3 diagnoses of each headache history).
/// Patients see only their own; every read and search of patient data is audited before it is returned.
/// </summary>
public sealed class FhirIntakeRecords(ClinicDbContext db)
{
    public static readonly string[] PatientDataParameters = ["patient", "subject", "date"];
    public static readonly string[] QuestionnaireParameters = ["url"];

    private const string NotFound = "not found or not visible";

    private readonly FhirAudit _audit = new(db);

    /// <summary>One clinical row as a FHIR resource, with what paging and audit need.</summary>
    private sealed record Row(Guid PatientId, DateOnly On, string Id, Resource Resource);

    public static IResult ReadQuestionnaire(string id) =>
        QuestionnaireDefinitions.Find(id) is { } questionnaire
            ? FhirJson.Result(questionnaire)
            : OperationOutcomes.NotFound($"Questionnaire/{id} is {NotFound}.");

    public static IResult SearchQuestionnaires(HttpRequest request)
    {
        var search = FhirSearch.Parse(request.Query, QuestionnaireParameters, out var error);
        if (search is null)
        {
            return OperationOutcomes.BadRequest(error!);
        }

        var url = request.Query["url"].ToString();
        var found = QuestionnaireDefinitions.All()
            .Where(q => search.Id is null || q.Id == search.Id)
            .Where(q => url.Length == 0 || q.Url == url || $"{q.Url}|{q.Version}" == url)
            .ToList();
        var page = found.Skip(search.Offset).Take(search.Count).Select(q => (Resource)q).ToList();
        return FhirJson.Result(FhirBundles.Searchset(request, nameof(Questionnaire), page, found.Count, search));
    }

    public Task<IResult> ReadQuestionnaireResponseAsync(string id, FhirCaller caller, CancellationToken ct) =>
        ReadAsync(nameof(QuestionnaireResponse), id, caller, async () =>
        {
            var entryId = ParseId(id);
            var (hit6, midas) = await EntriesAsync(null, entryId, ct);
            return [.. hit6.Select(Response), .. midas.Select(Response)];
        }, ct);

    public Task<IResult> SearchQuestionnaireResponsesAsync(HttpRequest request, FhirCaller caller, CancellationToken ct) =>
        SearchAsync(nameof(QuestionnaireResponse), request, caller, patient => QuestionnaireResponsesAsync(patient, ct), ct);

    public Task<IResult> ReadObservationAsync(string id, FhirCaller caller, CancellationToken ct) =>
        ReadAsync(nameof(Observation), id, caller, async () =>
        {
            // Score ids are the score's code and the entry's id (QuestionnaireResponseMapper.ScoreId).
            var entryId = id.Length > 36 ? ParseId(id[^36..]) : Guid.Empty;
            var (hit6, midas) = await EntriesAsync(null, entryId, ct);
            return [.. hit6.Select(Score), .. midas.Select(Score)];
        }, ct);

    public Task<IResult> SearchObservationsAsync(HttpRequest request, FhirCaller caller, CancellationToken ct) =>
        SearchAsync(nameof(Observation), request, caller, patient => ScoreObservationsAsync(patient, ct), ct);

    public Task<IResult> ReadConditionAsync(string id, FhirCaller caller, CancellationToken ct) =>
        ReadAsync(nameof(Condition), id, caller, () => ConditionsAsync(null, id.Length > 36 ? ParseId(id[..36]) : Guid.Empty, ct), ct);

    public Task<IResult> SearchConditionsAsync(HttpRequest request, FhirCaller caller, CancellationToken ct) =>
        SearchAsync(nameof(Condition), request, caller, patient => ConditionsAsync(patient, null, ct), ct);

    private async Task<IResult> ReadAsync(string type, string id, FhirCaller caller, Func<Task<List<Row>>> candidates, CancellationToken ct)
    {
        var row = (await candidates()).FirstOrDefault(r => r.Id == id);
        if (row is null || !caller.MaySee(row.PatientId))
        {
            await _audit.FailedReadAsync(type, id, row is null ? AuditOutcome.Failed : AuditOutcome.Denied, ct);
            return OperationOutcomes.NotFound($"{type}/{id} is {NotFound}.");
        }

        await _audit.ReadAsync(type, id, row.PatientId, ct);
        return FhirJson.Result(row.Resource);
    }

    private async Task<IResult> SearchAsync(string type, HttpRequest request, FhirCaller caller, Func<Guid?, Task<List<Row>>> rowsOf, CancellationToken ct)
    {
        var search = FhirSearch.Parse(request.Query, PatientDataParameters, out var error);
        if (search is null)
        {
            return OperationOutcomes.BadRequest(error!);
        }

        // A patient's search is always limited to their own record, whatever patient they name.
        var patient = caller.IsPatient ? caller.OwnPatientId ?? Guid.Empty : search.Patient;
        if (caller.IsPatient && search.Patient is { } named && named != patient)
        {
            patient = Guid.Empty;
        }

        var rows = (await rowsOf(patient))
            .Where(r => search.Id is null || r.Id == search.Id)
            .Where(r => search.Date is null || search.Date.Contains(r.On))
            .OrderBy(r => r.On).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var page = rows.Skip(search.Offset).Take(search.Count).ToList();
        await _audit.SearchAsync(type, page.Select(r => r.PatientId), ct);
        return FhirJson.Result(FhirBundles.Searchset(request, type, page.Select(r => r.Resource).ToList(), rows.Count, search));
    }

    private async Task<List<Row>> QuestionnaireResponsesAsync(Guid? patient, CancellationToken ct)
    {
        var (hit6, midas) = await EntriesAsync(patient, null, ct);
        return [.. hit6.Select(Response), .. midas.Select(Response)];
    }

    private async Task<List<Row>> ScoreObservationsAsync(Guid? patient, CancellationToken ct)
    {
        var (hit6, midas) = await EntriesAsync(patient, null, ct);
        return [.. hit6.Select(Score), .. midas.Select(Score)];
    }

    private async Task<List<Row>> ConditionsAsync(Guid? patient, Guid? historyId, CancellationToken ct)
    {
        var histories = await db.HeadacheHistories.AsNoTracking()
            .Where(h => patient == null || h.PatientId == patient)
            .Where(h => historyId == null || h.Id == historyId)
            .ToListAsync(ct);
        return [.. histories.SelectMany(h => ConditionResourceMapper.ToFhir(h).Select(c => new Row(h.PatientId, h.TakenOn, c.Id ?? "", c)))];
    }

    private async Task<(List<Hit6Entry> Hit6, List<MidasEntry> Midas)> EntriesAsync(Guid? patient, Guid? entryId, CancellationToken ct)
    {
        var hit6 = await db.Hit6Entries.AsNoTracking()
            .Where(e => patient == null || e.PatientId == patient)
            .Where(e => entryId == null || e.Id == entryId)
            .ToListAsync(ct);
        var midas = await db.MidasEntries.AsNoTracking()
            .Where(e => patient == null || e.PatientId == patient)
            .Where(e => entryId == null || e.Id == entryId)
            .ToListAsync(ct);
        return (hit6, midas);
    }

    private static Row Response(Hit6Entry e) => new(e.PatientId, e.AnsweredOn, e.Id.ToString("D"), QuestionnaireResponseMapper.ToFhir(e));

    private static Row Response(MidasEntry e) => new(e.PatientId, e.AnsweredOn, e.Id.ToString("D"), QuestionnaireResponseMapper.ToFhir(e));

    private static Row Score(Hit6Entry e) => new(e.PatientId, e.AnsweredOn, QuestionnaireResponseMapper.ScoreId(FhirSystems.Hit6TotalCode, e.Id), QuestionnaireResponseMapper.ScoreOf(e));

    private static Row Score(MidasEntry e) => new(e.PatientId, e.AnsweredOn, QuestionnaireResponseMapper.ScoreId(FhirSystems.MidasTotalCode, e.Id), QuestionnaireResponseMapper.ScoreOf(e));

    /// <summary>An id that is not a GUID finds nothing (Guid.Empty is never a record's id).</summary>
    private static Guid ParseId(string id) => Guid.TryParseExact(id, "D", out var parsed) ? parsed : Guid.Empty;
}

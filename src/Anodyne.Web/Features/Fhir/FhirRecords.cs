using System.Globalization;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// Reads and searches behind the FHIR endpoints. A patient caller is limited to their own record in reads and in
/// searches alike; a record outside that is answered as not found. Every read and search of patient data is
/// written to the audit trail before the data is returned (fail closed).
/// </summary>
public sealed class FhirRecords(ClinicDbContext db)
{
    public static readonly string[] PatientParameters = ["identifier"];
    public static readonly string[] AppointmentParameters = ["patient", "subject", "date"];
    public static readonly string[] PractitionerParameters = [];
    public static readonly string[] AuditEventParameters = ["patient", "subject", "date", "_lastUpdated"];

    private const string NotFound = "not found or not visible";

    public async Task<IResult> ReadPatientAsync(string id, FhirCaller caller, CancellationToken ct)
    {
        var patient = Guid.TryParseExact(id, "D", out var key)
            ? await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == key, ct)
            : null;
        if (patient is null || !caller.MaySee(patient.Id))
        {
            await AuditFailedReadAsync("Patient", id, patient is null ? AuditOutcome.Failed : AuditOutcome.Denied, ct);
            return OperationOutcomes.NotFound($"Patient/{id} is {NotFound}.");
        }

        db.RecordAccess(AuditAction.View, "Patient", patient.Id.ToString("D"), patient.Id, detail: "FHIR read");
        await db.SaveChangesAsync(ct);
        return FhirJson.Result(PatientResourceMapper.ToFhir(patient));
    }

    public async Task<IResult> SearchPatientsAsync(HttpRequest request, FhirCaller caller, CancellationToken ct)
    {
        var search = FhirSearch.Parse(request.Query, PatientParameters, out var error);
        if (search is null)
        {
            return OperationOutcomes.BadRequest(error!);
        }

        var query = db.Patients.AsNoTracking();
        if (caller.IsPatient)
        {
            var own = caller.OwnPatientId;
            query = query.Where(p => own != null && p.Id == own);
        }

        if (search.Id is not null)
        {
            var id = Guid.TryParseExact(search.Id, "D", out var parsed) ? parsed : (Guid?)null;
            query = query.Where(p => id != null && p.Id == id);
        }

        if (search.IdentifierValue is { } mrn)
        {
            var matchesSystem = search.IdentifierSystem is null or "" or FhirSystems.MedicalRecordNumber;
            query = query.Where(p => matchesSystem && p.MedicalRecordNumber == mrn);
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(p => p.Id).Skip(search.Offset).Take(search.Count).ToListAsync(ct);
        await AuditSearchAsync("Patient", page.Select(p => p.Id), ct);
        return FhirJson.Result(FhirBundles.Searchset(request, "Patient", page.Select(p => (Resource)PatientResourceMapper.ToFhir(p)).ToList(), total, search));
    }

    public async Task<IResult> ReadAppointmentAsync(string id, FhirCaller caller, CancellationToken ct)
    {
        var appointment = Guid.TryParseExact(id, "D", out var key)
            ? await db.Appointments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == key, ct)
            : null;
        if (appointment is null || !caller.MaySee(appointment.PatientId))
        {
            await AuditFailedReadAsync("Appointment", id, appointment is null ? AuditOutcome.Failed : AuditOutcome.Denied, ct);
            return OperationOutcomes.NotFound($"Appointment/{id} is {NotFound}.");
        }

        var practitioners = await PractitionerIdsAsync(ct);
        db.RecordAccess(AuditAction.View, "Appointment", appointment.Id.ToString("D"), appointment.PatientId, detail: "FHIR read");
        await db.SaveChangesAsync(ct);
        return FhirJson.Result(AppointmentResourceMapper.ToFhir(appointment, appointment.StaffUserId is { } staff && practitioners.Contains(staff)));
    }

    public async Task<IResult> SearchAppointmentsAsync(HttpRequest request, FhirCaller caller, CancellationToken ct)
    {
        var search = FhirSearch.Parse(request.Query, AppointmentParameters, out var error);
        if (search is null)
        {
            return OperationOutcomes.BadRequest(error!);
        }

        var query = db.Appointments.AsNoTracking();
        if (caller.IsPatient)
        {
            var own = caller.OwnPatientId;
            query = query.Where(a => own != null && a.PatientId == own);
        }

        if (search.Id is not null)
        {
            var id = Guid.TryParseExact(search.Id, "D", out var parsed) ? parsed : (Guid?)null;
            query = query.Where(a => id != null && a.Id == id);
        }

        if (search.Patient is { } patientId)
        {
            query = query.Where(a => a.PatientId == patientId);
        }

        if (search.Date is { From: var from, Before: var before })
        {
            query = from is null ? query : query.Where(a => a.StartsAtUtc >= from);
            query = before is null ? query : query.Where(a => a.StartsAtUtc < before);
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(a => a.StartsAtUtc).ThenBy(a => a.Id).Skip(search.Offset).Take(search.Count).ToListAsync(ct);
        var practitioners = await PractitionerIdsAsync(ct);
        await AuditSearchAsync("Appointment", page.Select(a => a.PatientId), ct);
        var resources = page.Select(a => (Resource)AppointmentResourceMapper.ToFhir(a, a.StaffUserId is { } staff && practitioners.Contains(staff))).ToList();
        return FhirJson.Result(FhirBundles.Searchset(request, "Appointment", resources, total, search));
    }

    public async Task<IResult> ReadPractitionerAsync(string id, CancellationToken ct)
    {
        var staff = await Practitioners().Where(s => s.Id == id).FirstOrDefaultAsync(ct);
        return staff is null
            ? OperationOutcomes.NotFound($"Practitioner/{id} is {NotFound}.")
            : FhirJson.Result(PractitionerResourceMapper.ToFhir(staff));
    }

    public async Task<IResult> SearchPractitionersAsync(HttpRequest request, CancellationToken ct)
    {
        var search = FhirSearch.Parse(request.Query, PractitionerParameters, out var error);
        if (search is null)
        {
            return OperationOutcomes.BadRequest(error!);
        }

        var query = Practitioners();
        if (search.Id is { } id)
        {
            query = query.Where(s => s.Id == id);
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(s => s.Id).Skip(search.Offset).Take(search.Count).ToListAsync(ct);
        return FhirJson.Result(FhirBundles.Searchset(request, nameof(Practitioner), page.Select(s => (Resource)PractitionerResourceMapper.ToFhir(s)).ToList(), total, search));
    }

    public async Task<IResult> ReadAuditEventAsync(string id, CancellationToken ct)
    {
        var entry = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Sequence == sequence, ct)
            : null;
        if (entry is null)
        {
            return OperationOutcomes.NotFound($"AuditEvent/{id} is {NotFound}.");
        }

        db.RecordAccess(AuditAction.View, nameof(AuditEvent), id, entry.PatientId, detail: "FHIR read");
        await db.SaveChangesAsync(ct);
        return FhirJson.Result(AuditEventResourceMapper.ToFhir(entry));
    }

    public async Task<IResult> SearchAuditEventsAsync(HttpRequest request, CancellationToken ct)
    {
        var search = FhirSearch.Parse(request.Query, AuditEventParameters, out var error);
        if (search is null)
        {
            return OperationOutcomes.BadRequest(error!);
        }

        var query = db.AuditEntries.AsNoTracking();
        if (search.Id is not null)
        {
            var id = long.TryParse(search.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (long?)null;
            query = query.Where(e => id != null && e.Sequence == id);
        }

        if (search.Patient is { } patientId)
        {
            query = query.Where(e => e.PatientId == patientId);
        }

        // Audit rows are never changed, so when an event was recorded is also when it was last updated.
        foreach (var range in new[] { search.Date, search.LastUpdated })
        {
            if (range is { From: var from, Before: var before })
            {
                query = from is null ? query : query.Where(e => e.RecordedAtUtc >= from);
                query = before is null ? query : query.Where(e => e.RecordedAtUtc < before);
            }
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(e => e.Sequence).Skip(search.Offset).Take(search.Count).ToListAsync(ct);
        await AuditSearchAsync(nameof(AuditEvent), page.Select(e => e.PatientId).OfType<Guid>(), ct);
        return FhirJson.Result(FhirBundles.Searchset(request, nameof(AuditEvent), page.Select(e => (Resource)AuditEventResourceMapper.ToFhir(e)).ToList(), total, search));
    }

    private Task AuditSearchAsync(string type, IEnumerable<Guid> patientIds, CancellationToken ct) =>
        new FhirAudit(db).SearchAsync(type, patientIds, ct);

    private Task AuditFailedReadAsync(string type, string id, AuditOutcome outcome, CancellationToken ct) =>
        new FhirAudit(db).FailedReadAsync(type, Guid.TryParseExact(id, "D", out var key) ? key.ToString("D") : "", outcome, ct);

    private IQueryable<PractitionerResourceMapper.StaffMember> Practitioners()
    {
        string[] roles = [ClinicRoles.Physician, ClinicRoles.Nurse];
        return from user in db.Users.AsNoTracking()
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join role in db.Roles on userRole.RoleId equals role.Id
               where roles.Contains(role.Name!)
               select new PractitionerResourceMapper.StaffMember { Id = user.Id, DisplayName = user.DisplayName, Email = user.Email, IsActive = user.IsActive };
    }

    private async Task<HashSet<string>> PractitionerIdsAsync(CancellationToken ct) =>
        (await Practitioners().Select(s => s.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
}

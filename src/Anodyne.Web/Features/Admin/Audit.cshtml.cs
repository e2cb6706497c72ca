using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Admin;

/// <summary>The administrator's view of the audit trail: filter by date, person, patient and action; verify the chain.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AuditModel(ClinicDbContext db, AuditSearch search, AuditVerifier verifier, ClinicClock clock) : PageModel
{
    public ClinicClock Clock => clock;

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "mrn")]
    public string? Mrn { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public AuditAction? ActionFilter { get; set; }

    public string? FilterProblem { get; private set; }

    public AuditVerification? Verification { get; private set; }

    public IReadOnlyList<AuditSearch.Row> Rows { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> People { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> PatientMrns { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnPostVerifyAsync()
    {
        Verification = await verifier.VerifyAsync(HttpContext.RequestAborted);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (!ModelState.IsValid)
        {
            FilterProblem = "Some filters could not be read (dates are year-month-day); they were ignored.";
            From = To = null;
            ActionFilter = null;
        }

        Guid? patientId = null;
        if (!string.IsNullOrWhiteSpace(Mrn))
        {
            patientId = await db.Patients.Where(p => p.MedicalRecordNumber == Mrn.Trim()).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
            FilterProblem ??= patientId is null ? $"No patient has the MRN {Mrn.Trim()}." : null;
        }

        Rows = FilterProblem is not null && patientId is null && !string.IsNullOrWhiteSpace(Mrn)
            ? []
            : await search.FindAsync(new AuditSearch.Filter(From, To, UserFilter, patientId, ActionFilter), HttpContext.RequestAborted);
        People = (await db.Users.OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync())
            .Select(u => (u.Id, u.DisplayName)).ToList();
        var ids = Rows.Where(r => r.PatientId != null).Select(r => r.PatientId!.Value).Distinct().ToList();
        PatientMrns = await db.Patients.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.MedicalRecordNumber);
    }
}

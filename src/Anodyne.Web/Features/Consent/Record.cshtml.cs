using Anodyne.Web.Data;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Consent;

/// <summary>The patient's consent record: every signature, and one of them with the exact text it was given on, to print.</summary>
[Authorize(Policy = Policies.PatientRecords)]
public sealed class RecordModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock) : PatientEntryPage(patients)
{
    public ClinicClock Clock => clock;

    public IReadOnlyList<ConsentSignature> Signatures { get; private set; } = [];

    public ConsentSignature? Shown { get; private set; }

    public ConsentText? ShownText { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Signature { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        Signatures = await db.ConsentSignatures.AsNoTracking().Where(s => s.PatientId == id).OrderByDescending(s => s.SignedAtUtc).ToListAsync(HttpContext.RequestAborted);
        Shown = Signature is { } chosen ? Signatures.FirstOrDefault(s => s.Id == chosen) : (Signatures.Count > 0 ? Signatures[0] : null);
        if (Signature is not null && Shown is null)
        {
            return NotFound();
        }

        if (Shown is not null)
        {
            ShownText = await db.ConsentTexts.AsNoTracking().FirstAsync(t => t.Id == Shown.ConsentTextId, HttpContext.RequestAborted);
        }

        return Page();
    }
}

using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>A report as a printable page, filtered by clinic dates, patient or lot, with its CSV beside it.</summary>
[Authorize(Policy = Policies.ControlledSubstanceRecords)]
public sealed class ReportsModel(ClinicDbContext db, ControlledReports reports) : ControlledPage
{
    [BindProperty(SupportsGet = true)]
    public string? Report { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? LotId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PatientId { get; set; }

    public ControlledReports.Table? Table { get; private set; }

    public List<SelectListItem> Lots { get; private set; } = [];

    public string CsvLink { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        Lots = await LotsAsync(db, HttpContext.RequestAborted);
        if (Report is null)
        {
            return Page();
        }

        if (From > To)
        {
            ModelState.AddModelError(nameof(To), "The end date must not be before the start date.");
            return Page();
        }

        Table = await reports.BuildAsync(Report, new ControlledReports.Filter(From, To, PatientId, LotId), AuditAction.View, HttpContext.RequestAborted);
        if (Table is null)
        {
            return NotFound();
        }

        var query = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                query.Add(name + "=" + Uri.EscapeDataString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
            }
        }

        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("lotId", LotId);
        Add("patientId", PatientId);
        CsvLink = $"/api/v1/controlled-substances/reports/{Report}" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return Page();
    }
}

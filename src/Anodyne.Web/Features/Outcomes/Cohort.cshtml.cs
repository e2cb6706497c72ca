using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>The cohort dashboard: whether ketamine works for the clinic's patients, recomputed from the diaries.</summary>
[Authorize(Policy = Policies.OutcomeAnalysts)]
public sealed class CohortModel(CohortAnalysis analysis) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public AdministrativeSex? Sex { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AgeBand { get; set; }

    public CohortAnalysis.Result? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var filter = new CohortFilter(From, To, Sex, string.IsNullOrEmpty(AgeBand) ? null : AgeBand);
        if (!ModelState.IsValid || filter.Problem() is { } problem)
        {
            ModelState.AddModelError("", filter.Problem() ?? "Check the filters.");
            return Page();
        }

        Result = await analysis.ComputeAsync(filter, HttpContext.RequestAborted);
        return Page();
    }
}

using System.Text;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>Download the de-identified research dataset and its data dictionary.</summary>
[Authorize(Policy = Policies.OutcomeAnalysts)]
public sealed class ResearchExportPageModel(ResearchExport export) : PageModel
{
    public IReadOnlyList<(string Column, string Meaning)> Columns => ResearchExport.Dictionary;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var made = await export.CreateAsync(HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(made.Csv), "text/csv; charset=utf-8", "research-export.csv");
    }
}

using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Patients;

[Authorize(Policy = Policies.PatientRecords)]
public sealed class IndexModel(PatientQueries patients) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    public IReadOnlyList<PatientQueries.Summary> Patients { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var term = Q is { Length: > 100 } ? Q[..100] : Q;
        Patients = await patients.SearchAsync(term, 100, HttpContext.RequestAborted);
    }
}

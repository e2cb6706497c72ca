using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Protocols;

/// <summary>The protocol library: the current version of each protocol, its steps, limits and sources.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ProtocolLibrary library, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<ProtocolVersion> Protocols { get; private set; } = [];

    public bool MayEdit { get; private set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync()
    {
        Protocols = await library.CurrentAsync(HttpContext.RequestAborted);
        MayEdit = (await authorization.AuthorizeAsync(User, Policies.ProtocolEditors)).Succeeded;
    }
}

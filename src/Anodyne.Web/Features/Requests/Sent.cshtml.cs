using Anodyne.Web.Features.PublicSite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Requests;

/// <summary>The confirmation after a request or message was sent.</summary>
[AllowAnonymous]
public sealed class SentModel : PageModel
{
    public string Language => PublicLanguage.Of(Request);

    public void OnGet()
    {
    }
}

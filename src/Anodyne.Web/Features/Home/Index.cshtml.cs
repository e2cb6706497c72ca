using Anodyne.Web.Features.PublicSite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Home;

/// <summary>The front door: the public home page ("/", Spanish at "/es"); signed-in people go to their own start page.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicContent content) : PageModel
{
    public PublicPageVersion Current { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect("/home");
        }

        var language = PublicLanguage.Of(Request);
        Current = await content.CurrentAsync(PublicPages.Home, language, cancellationToken)
            ?? new PublicPageVersion { Language = language, Title = "Anodyne" };
        return Page();
    }
}

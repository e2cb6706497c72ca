using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.PublicSite;

/// <summary>A public information page, in English at /info/{slug} and in Spanish at /es/info/{slug}.</summary>
[AllowAnonymous]
public sealed class InfoModel(PublicContent content) : PageModel
{
    public PublicPageVersion Current { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!PublicPages.IsKnown(slug) || slug == PublicPages.Home)
        {
            return NotFound();
        }

        var page = await content.CurrentAsync(slug, PublicLanguage.Of(Request), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Current = page;
        return Page();
    }
}

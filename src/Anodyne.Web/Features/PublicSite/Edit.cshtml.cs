using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.PublicSite;

/// <summary>An Administrator edits one public page in one language; each save adds a version.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class EditModel(PublicContent content) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Slug { get; set; }

    [BindProperty(SupportsGet = true, Name = "lang")]
    public string? Language { get; set; }

    /// <summary>An earlier version to look at (its text is loaded into the form, to restore by saving).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty]
    public PageInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public IReadOnlyList<PublicPageVersion> Versions { get; private set; } = [];

    public PublicPages.Entry? Entry => PublicPages.All.FirstOrDefault(p => p.Slug == Slug);

    public sealed class PageInput
    {
        [Required(ErrorMessage = "The title is required.")]
        [StringLength(200, ErrorMessage = "The title is limited to 200 characters.")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "The page text is required.")]
        [StringLength(PublicContent.MaxMarkdownLength, ErrorMessage = "The page text is limited to 20000 characters.")]
        public string? Markdown { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Entry is null || !PublicLanguage.IsKnown(Language))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        var shown = Versions.FirstOrDefault(v => v.Version == Version) ?? (Versions.Count > 0 ? Versions[0] : null);
        Input = new PageInput { Title = shown?.Title ?? Entry.Name(Language!), Markdown = shown?.Markdown ?? "" };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Entry is null || !PublicLanguage.IsKnown(Language))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var author = User.FindFirstValue(ClinicClaims.DisplayName) ?? User.Identity?.Name ?? "";
        var saved = await content.SaveAsync(Slug!, Language!, Input.Title!, Input.Markdown!, author, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        Status = $"Version {saved.Version} saved; it is now shown on the public page.";
        return Redirect($"/admin/site/edit?slug={Uri.EscapeDataString(Slug!)}&lang={Language}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Versions = await content.VersionsAsync(Slug!, Language!, cancellationToken);
}

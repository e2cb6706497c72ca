using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Consent;

/// <summary>An Administrator edits the consent text; each save adds a version, and the newest is the one patients sign.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminModel(ConsentTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty]
    public TextInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public IReadOnlyList<ConsentText> Versions { get; private set; } = [];

    public sealed class TextInput
    {
        [Required(ErrorMessage = "The title is required.")]
        [StringLength(200, ErrorMessage = "The title is limited to 200 characters.")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "The consent text is required.")]
        [StringLength(ConsentText.MaxMarkdownLength, ErrorMessage = "The consent text is limited to 20000 characters.")]
        public string? Markdown { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await texts.VersionsAsync(cancellationToken);
        var shown = Versions.FirstOrDefault(v => v.Version == Version) ?? (Versions.Count > 0 ? Versions[0] : null);
        Input = new TextInput { Title = shown?.Title ?? ConsentTexts.DefaultTitle, Markdown = shown?.Markdown ?? ConsentTexts.DefaultMarkdown };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Versions = await texts.VersionsAsync(cancellationToken);
            return Page();
        }

        var author = User.FindFirstValue(ClinicClaims.DisplayName) ?? User.Identity?.Name ?? "";
        var saved = await texts.SaveAsync(Input.Title!, Input.Markdown!, author, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        Status = FormattableString.Invariant($"Version {saved.Version} saved; patients now sign this version.");
        return Redirect("/admin/consent");
    }
}

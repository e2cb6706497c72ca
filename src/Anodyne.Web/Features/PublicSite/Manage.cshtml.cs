using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.PublicSite;

/// <summary>The Administrator's list of public pages in both languages, with their newest version.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class ManageModel(ClinicDbContext db) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(PublicPages.Entry Page, string Language, int Versions, DateTime? LastSavedUtc, string LastAuthor);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var versions = await db.Set<PublicPageVersion>().AsNoTracking()
            .Select(p => new { p.Slug, p.Language, p.Version, p.SavedAtUtc, p.Author })
            .ToListAsync(cancellationToken);
        Rows = [.. from page in PublicPages.All
                   from language in PublicLanguage.All
                   let mine = versions.Where(v => v.Slug == page.Slug && v.Language == language).ToList()
                   let last = mine.MaxBy(v => v.Version)
                   select new Row(page, language, mine.Count, last?.SavedAtUtc, last?.Author ?? "")];
    }
}

using Anodyne.Web.Data;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.PublicSite;

/// <summary>The public pages' text: newest version per page and language, saving new versions, safe rendering.</summary>
public sealed class PublicContent(ClinicDbContext db, TimeProvider clock)
{
    public const int MaxMarkdownLength = 20000;

    // Raw HTML in the Markdown is shown as text, never passed to the browser.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Markdown to HTML: raw HTML stays text, and links may only go to web, mail, phone or site addresses.</summary>
    public static HtmlString Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        return new(document.ToHtml(Pipeline));
    }

    private static bool IsSafeUrl(string? url)
    {
        var value = url?.Trim() ?? "";
        return value.StartsWith('/') || value.StartsWith('#')
            || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
    }

    public Task<PublicPageVersion?> CurrentAsync(string slug, string language, CancellationToken cancellationToken) =>
        db.Set<PublicPageVersion>().AsNoTracking()
            .Where(p => p.Slug == slug && p.Language == language)
            .OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PublicPageVersion>> VersionsAsync(string slug, string language, CancellationToken cancellationToken) =>
        await db.Set<PublicPageVersion>().AsNoTracking()
            .Where(p => p.Slug == slug && p.Language == language)
            .OrderByDescending(p => p.Version)
            .ToListAsync(cancellationToken);

    /// <summary>Saves the text as the next version of the page; earlier versions stay as they were.</summary>
    public async Task<PublicPageVersion> SaveAsync(string slug, string language, string title, string markdown, string author, string? authorUserId, CancellationToken cancellationToken)
    {
        var last = await db.Set<PublicPageVersion>()
            .Where(p => p.Slug == slug && p.Language == language)
            .MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
        var version = new PublicPageVersion
        {
            Slug = slug,
            Language = language,
            Version = last + 1,
            Title = title.Trim(),
            Markdown = markdown.Replace("\r\n", "\n", StringComparison.Ordinal),
            Author = author,
            AuthorUserId = authorUserId,
            SavedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>Writes the built-in English and Spanish pages when no page has been saved yet (content, not demo data).</summary>
    public async Task<bool> SeedDefaultsAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<PublicPageVersion>().AnyAsync(cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var page in DefaultContent.Pages)
        {
            db.Add(new PublicPageVersion
            {
                Slug = page.Slug,
                Language = page.Language,
                Version = 1,
                Title = page.Title,
                Markdown = page.Markdown,
                Author = "",
                SavedAtUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

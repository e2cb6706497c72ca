namespace Anodyne.Web.Features.PublicSite;

/// <summary>One saved version of a public page in one language. A save never changes a row: it adds the next version.</summary>
public sealed class PublicPageVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The page's address segment, the same in every language (e.g. "faq").</summary>
    public string Slug { get; set; } = "";

    /// <summary>"en" or "es".</summary>
    public string Language { get; set; } = PublicLanguage.English;

    public int Version { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The page body as Markdown; rendered with raw HTML disabled.</summary>
    public string Markdown { get; set; } = "";

    /// <summary>Who saved it (display name; empty for the built-in text).</summary>
    public string Author { get; set; } = "";

    public string? AuthorUserId { get; set; }

    public DateTime SavedAtUtc { get; set; }
}

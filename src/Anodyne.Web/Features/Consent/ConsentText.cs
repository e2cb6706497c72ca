namespace Anodyne.Web.Features.Consent;

/// <summary>One saved version of the clinic's consent text. A save never changes a row: it adds the next version.</summary>
public sealed class ConsentText
{
    public const int MaxMarkdownLength = 20000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Version { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The text as Markdown; rendered with raw HTML disabled.</summary>
    public string Markdown { get; set; } = "";

    /// <summary>Who saved it (display name; empty for the built-in text).</summary>
    public string Author { get; set; } = "";

    public string? AuthorUserId { get; set; }

    public DateTime SavedAtUtc { get; set; }
}

using Anodyne.Web.Data;
using Anodyne.Web.Features.PublicSite;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Consent;

/// <summary>The consent text: the newest version is current, each save adds one, rendered with raw HTML off.</summary>
public sealed class ConsentTexts(ClinicDbContext db, TimeProvider clock)
{
    public const string DefaultTitle = "Consent to low-dose intravenous ketamine for chronic migraine";

    /// <summary>
    /// The built-in text, written from ../shared/clinical/protocols-and-safety.md (sections 2.2 and 2.3: raised
    /// blood pressure and pulse, dissociation and emergence reactions, nausea and vomiting, cystitis with repeated or
    /// chronic use). No claim of cure; an Administrator edits it at /admin/consent.
    /// </summary>
    public const string DefaultMarkdown = """
        **What is proposed.** A course of ketamine given slowly into a vein at a low dose, under supervision, for chronic migraine that has not improved enough with other treatments.

        **Off-label use.** Ketamine is licensed as an anaesthetic. Its use for migraine is *off-label*: it is not an approved use, and the evidence for it comes mainly from case series, not controlled trials.

        **It may not help.** Ketamine does not cure migraine. Some people have fewer or milder headache days for a time; others have no benefit. Any benefit usually fades.

        **Known risks and side effects.**

        - feeling detached, "spacey" or dreamy (dissociation), vivid dreams, and less often hallucinations or confusion;
        - a rise in blood pressure and pulse;
        - nausea and vomiting;
        - blurred or double vision, dizziness and sleepiness;
        - bladder problems (pain, frequent or urgent passing of water, blood in the urine), reported with repeated or long-term use;
        - rarely, slowed breathing or an allergic reaction.

        You are monitored throughout each session, and the dose can be lowered or stopped at any time. After a session you must not drive for the rest of the day, and you must go home with a responsible adult.

        **Your choice.** Taking part is voluntary. You may withdraw your consent at any time, before or during the course, without affecting the rest of your care.

        By signing, you confirm that you have read this text, that you have been able to ask questions, and that you agree to the treatment.
        """;

    public static HtmlString Render(string markdown) => PublicContent.Render(markdown);

    public Task<ConsentText?> CurrentAsync(CancellationToken cancellationToken) =>
        db.ConsentTexts.AsNoTracking().OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ConsentText>> VersionsAsync(CancellationToken cancellationToken) =>
        await db.ConsentTexts.AsNoTracking().OrderByDescending(t => t.Version).ToListAsync(cancellationToken);

    /// <summary>Saves the text as the next version; earlier versions (and the signatures on them) stay as they were.</summary>
    public async Task<ConsentText> SaveAsync(string title, string markdown, string author, string? authorUserId, CancellationToken cancellationToken)
    {
        var last = await db.ConsentTexts.MaxAsync(t => (int?)t.Version, cancellationToken) ?? 0;
        var text = new ConsentText
        {
            Version = last + 1,
            Title = title.Trim(),
            Markdown = markdown.Replace("\r\n", "\n", StringComparison.Ordinal),
            Author = author,
            AuthorUserId = authorUserId,
            SavedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ConsentTexts.Add(text);
        await db.SaveChangesAsync(cancellationToken);
        return text;
    }

    /// <summary>Writes the built-in text when no version exists yet (content, not demo data).</summary>
    public async Task<ConsentText> EnsureDefaultAsync(CancellationToken cancellationToken) =>
        await CurrentAsync(cancellationToken) ?? await SaveAsync(DefaultTitle, DefaultMarkdown, "", null, cancellationToken);
}

using System.Net;
using Anodyne.Web.Features.PublicSite;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.PublicSite;

public sealed class EditingPublicPages
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_edit_adds_a_version_and_keeps_the_earlier_ones(DatabaseKind kind)
    {
        await using var app = await ClinicApp.StartAsync(kind);
        var admin = await app.SignInAsync(SharedClinic.DemoSignIn[ClinicRoles.Administrator]);
        using var visitor = app.CreateClinicClient();

        var saved = await admin.PostFormAsync("/admin/site/edit?slug=faq&lang=es", new()
        {
            ["Input.Title"] = "Preguntas",
            ["Input.Markdown"] = "**Nuevo** texto de preguntas.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await visitor.GetPageAsync("/es/info/faq");
        Assert.Contains("<strong>Nuevo</strong> texto de preguntas.", page, StringComparison.Ordinal);
        var versions = await app.WithDatabaseAsync(db => db.PublicPageVersions.Where(p => p.Slug == "faq" && p.Language == "es").OrderBy(p => p.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Contains("¿La ketamina curará mi migraña?", versions[0].Markdown, StringComparison.Ordinal);
        Assert.Equal("", versions[0].Author);
        Assert.NotEqual("", versions[1].Author);
        var english = await visitor.GetPageAsync("/info/faq");
        Assert.Contains("Will ketamine cure my migraine?", english, StringComparison.Ordinal);
        var editor = await admin.GetPageAsync("/admin/site/edit?slug=faq&lang=es");
        Assert.Contains("built-in text", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_in_the_markdown_is_shown_as_text_not_run()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        var admin = await app.SignInAsync(SharedClinic.DemoSignIn[ClinicRoles.Administrator]);
        using var visitor = app.CreateClinicClient();

        await admin.PostFormAsync("/admin/site/edit?slug=safety&lang=en", new()
        {
            ["Input.Title"] = "Safety",
            ["Input.Markdown"] = "Before <script>alert('x')</script> after <img src=x onerror=alert(1)>",
        });

        var page = await visitor.GetPageAsync("/info/safety");
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_escapes_raw_html()
    {
        var html = PublicContent.Render("<b>bold</b> and *em*").Value;

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<em>em</em>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    public void Links_may_not_run_script(string markdown)
    {
        var html = PublicContent.Render(markdown).Value;

        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Site_and_web_links_are_kept()
    {
        var html = PublicContent.Render("[faq](/info/faq) and [web](https://example.org)").Value;

        Assert.Contains("href=\"/info/faq\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
    }
}

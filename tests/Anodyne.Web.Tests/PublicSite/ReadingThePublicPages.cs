using System.Net;
using Anodyne.Web.Features.PublicSite;
using Anodyne.Web.Tests.Infrastructure;

namespace Anodyne.Web.Tests.PublicSite;

public sealed class ReadingThePublicPages(SharedClinic clinic)
{
    public static TheoryData<string, string> EveryPage()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in PublicPages.All)
        {
            data.Add(entry.Path("en"), "Medical disclaimer: the information on this site is for information only and is not medical advice.");
            data.Add(entry.Path("es"), "Aviso médico: la información de este sitio es solo informativa y no es consejo médico.");
        }

        data.Add("/request", "is not medical advice");
        data.Add("/es/request", "no es consejo médico");
        data.Add("/contact", "is not medical advice");
        data.Add("/es/contact", "no es consejo médico");
        data.Add("/request/sent", "is not medical advice");
        data.Add("/es/request/sent", "no es consejo médico");
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Every_public_page_opens_without_signing_in_and_carries_the_disclaimer(string path, string disclaimer)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var visitor = app.CreateClinicClient();

        var page = await visitor.GetPageAsync(path);

        Assert.Contains(disclaimer, page, StringComparison.Ordinal);
        Assert.Contains(path.StartsWith("/es", StringComparison.Ordinal) ? "<html lang=\"es\">" : "<html lang=\"en\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_home_page_speaks_both_languages_and_claims_no_cure(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        using var visitor = app.CreateClinicClient();

        var english = await visitor.GetPageAsync("/");
        var spanish = await visitor.GetPageAsync("/es");

        Assert.Contains("headache on 15 or more days a month", english, StringComparison.Ordinal);
        Assert.Contains("It does not cure migraine.", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/es\"", english, StringComparison.Ordinal);
        Assert.Contains("15 o más días al mes", spanish, StringComparison.Ordinal);
        Assert.Contains("No cura la migraña.", spanish, StringComparison.Ordinal);
        Assert.Contains("href=\"/\" hreflang=\"en\"", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("1 billion", english, StringComparison.Ordinal);
        Assert.DoesNotContain("15 attacks", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_people_still_go_to_their_start_page()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, Anodyne.Web.Infrastructure.Auth.ClinicRoles.Nurse);

        var response = await nurse.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/home", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_page_is_not_found()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var visitor = app.CreateClinicClient();

        var response = await visitor.GetAsync("/info/miracle-cure");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

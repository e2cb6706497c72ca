using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Anodyne.Web.Features.Requests;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Requests;

public sealed partial class SendingARequest(SharedClinic clinic)
{
    /// <summary>A unique name per test, so tests sharing a clinic find their own request.</summary>
    private static string UniqueName() => "Test Visitor " + Guid.NewGuid().ToString("N")[..8];

    public static Dictionary<string, string> ValidRequest(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.Phone"] = "+1 555 010 0199",
        ["Input.Email"] = "",
        ["Input.PreferredTimes"] = "Weekday mornings",
        ["Input.Reason"] = "Daily headaches for two years.",
        ["Input.Consent"] = "true",
        ["Input.DiagnosisKnown"] = "yes",
        ["Input.HeadacheDays"] = "20",
        ["Input.PreventivesTried"] = "3",
        ["Input.Pregnancy"] = "no",
        ["Input.Psychosis"] = "no",
    };

    /// <summary>Posts the form as a browser does (multipart, with the page's antiforgery token), optionally with a letter.</summary>
    public static async Task<HttpResponseMessage> PostRequestAsync(ClinicClient client, string path, Dictionary<string, string> fields, byte[]? letter = null, string letterName = "letter.pdf")
    {
        var page = await client.GetPageAsync(path);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "No antiforgery token on " + path);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        if (letter is not null)
        {
            var file = new ByteArrayContent(letter);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            content.Add(file, "Letter", letterName);
        }

        return await client.Http.PostAsync(path, content);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_complete_request_is_stored_with_its_pre_screen_and_audited(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        using var visitor = app.CreateClinicClient();
        var name = UniqueName();
        var fields = ValidRequest(name);
        fields["Input.Pregnancy"] = "yes";

        var response = await PostRequestAsync(visitor, "/request", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/request/sent", response.Headers.Location?.OriginalString);
        var stored = await app.WithDatabaseAsync(db => db.PublicRequests.SingleAsync(r => r.Name == name));
        Assert.Equal(RequestKind.Appointment, stored.Kind);
        Assert.Equal(RequestStatus.New, stored.Status);
        Assert.Equal(20, stored.HeadacheDaysPerMonth);
        Assert.Equal(3, stored.PreventivesTried);
        Assert.True(stored.DiagnosisKnown);
        Assert.True(stored.KnownPregnancy);
        Assert.True(stored.NeedsPriorityReview);
        Assert.Null(stored.PatientId);
        var audited = await app.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == stored.Id.ToString("D") && e.Action == AuditAction.Create));
        Assert.True(audited);
    }

    [Fact]
    public async Task A_contact_message_in_spanish_needs_no_pre_screen()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var visitor = app.CreateClinicClient();
        var name = UniqueName();

        var response = await PostRequestAsync(visitor, "/es/contact", new()
        {
            ["Input.Name"] = name,
            ["Input.Email"] = "visitor@example.org",
            ["Input.Reason"] = "¿Dónde está la clínica?",
            ["Input.Consent"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/es/request/sent", response.Headers.Location?.OriginalString);
        var stored = await app.WithDatabaseAsync(db => db.PublicRequests.SingleAsync(r => r.Name == name));
        Assert.Equal(RequestKind.Contact, stored.Kind);
        Assert.Equal("es", stored.Language);
        Assert.Null(stored.HeadacheDaysPerMonth);
    }

    [Fact]
    public async Task Each_wrong_field_gets_a_clear_message()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var visitor = app.CreateClinicClient();

        var response = await PostRequestAsync(visitor, "/request", new()
        {
            ["Input.Name"] = "",
            ["Input.Phone"] = "",
            ["Input.Email"] = "",
            ["Input.Reason"] = "",
            ["Input.HeadacheDays"] = "45",
            ["Input.PreventivesTried"] = "many",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Please enter your name.", page, StringComparison.Ordinal);
        Assert.Contains("Please give a phone number or an e-mail address so that we can reach you.", page, StringComparison.Ordinal);
        Assert.Contains("Please tell us briefly why you would like an appointment.", page, StringComparison.Ordinal);
        Assert.Contains("Please agree to be contacted, so that we can answer you.", page, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number of days from 0 to 31.", page, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number from 0 to 50 (0 if none).", page, StringComparison.Ordinal);
        Assert.Contains("Please answer yes or no.", page, StringComparison.Ordinal);
        // Each message sits beside its field and is announced with it.
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"err-Name\"", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"err-Name\">Please enter your name.</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_messages_on_the_spanish_form()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var visitor = app.CreateClinicClient();
        var fields = ValidRequest(UniqueName());
        fields["Input.Email"] = "not-an-address";
        fields["Input.Consent"] = "";

        var response = await PostRequestAsync(visitor, "/es/request", fields);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"err-Email\">El correo electrónico no es válido", page, StringComparison.Ordinal);
        Assert.Contains("Acepte que le contactemos", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filled_honeypot_seems_to_succeed_but_stores_nothing()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var robot = app.CreateClinicClient();
        var name = UniqueName();
        var fields = ValidRequest(name);
        fields["Input.Website"] = "http://spam.example";

        var response = await PostRequestAsync(robot, "/request", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/request/sent", response.Headers.Location?.OriginalString);
        Assert.False(await app.WithDatabaseAsync(db => db.PublicRequests.AnyAsync(r => r.Name == name)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_pdf_letter_is_kept(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        using var visitor = app.CreateClinicClient();
        var name = UniqueName();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

        var response = await PostRequestAsync(visitor, "/request", ValidRequest(name), pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (request, letter) = await app.WithDatabaseAsync(async db =>
        {
            var r = await db.PublicRequests.SingleAsync(x => x.Name == name);
            return (r, await db.ReferralLetters.SingleAsync(l => l.RequestId == r.Id));
        });
        Assert.True(request.HasLetter);
        Assert.Equal(pdf, letter.Content);
    }

    [Fact]
    public async Task A_letter_that_is_not_a_pdf_is_refused_whatever_its_name()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var visitor = app.CreateClinicClient();
        var name = UniqueName();

        var response = await PostRequestAsync(visitor, "/request", ValidRequest(name), Encoding.ASCII.GetBytes("MZ\x90\0 not a pdf"), "letter.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The letter must be a PDF file.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDatabaseAsync(db => db.PublicRequests.AnyAsync(r => r.Name == name)));
    }

    [Fact]
    public async Task A_letter_over_5_MB_is_refused()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var visitor = app.CreateClinicClient();
        var big = new byte[ReferralLetter.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);

        var response = await PostRequestAsync(visitor, "/request", ValidRequest(UniqueName()), big);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("larger than 5 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_posts_from_one_address_get_a_friendly_429()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["PublicForms:PermitLimit"] = "2" });
        using var visitor = app.CreateClinicClient();

        var first = await PostRequestAsync(visitor, "/contact", new() { ["Input.Name"] = "A" });
        var second = await PostRequestAsync(visitor, "/request", new() { ["Input.Name"] = "B" });
        var third = await PostRequestAsync(visitor, "/es/request", new() { ["Input.Name"] = "C" });

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var page = await third.Content.ReadAsStringAsync();
        Assert.Contains("Demasiados envíos", page, StringComparison.Ordinal);
        Assert.Contains("no es consejo médico", page, StringComparison.Ordinal);
        // Reading the pages is never limited.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/request")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

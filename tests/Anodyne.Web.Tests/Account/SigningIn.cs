using System.Net;
using Anodyne.Web.Features.Account;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Account;

public sealed class SigningIn(SharedClinic clinic)
{
    [Theory]
    [InlineData(ClinicRoles.Administrator, "/home", "Administration")]
    [InlineData(ClinicRoles.Physician, "/home", "Items to sign")]
    [InlineData(ClinicRoles.Nurse, "/home", "Today&#x27;s infusions")]
    [InlineData(ClinicRoles.FrontDesk, "/home", "Today&#x27;s appointments")]
    [InlineData(ClinicRoles.Patient, "/portal", "Hello, Laura")]
    public async Task Each_role_lands_on_its_own_start_page(string role, string home, string expectedText)
    {
        var client = await clinic.ClientAsync(DatabaseKind.Sqlite, role);

        var start = await client.GetAsync("/home");
        if (role == ClinicRoles.Patient)
        {
            Assert.Equal("/portal", start.Headers.Location?.OriginalString);
        }

        var page = await client.GetPageAsync(home);
        Assert.Contains(expectedText, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nurse_sees_todays_infusions_but_not_consults()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var page = await nurse.GetPageAsync("/home");

        // Demo schedule: Laura Bennett's infusion in chair 1 at 08:00, Daniel Osei's consult at 09:00.
        Assert.Contains("Bennett", page, StringComparison.Ordinal);
        Assert.Contains("Chair 1", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Osei", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_wrong_password_is_refused_without_saying_whether_the_account_exists(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        using var client = app.CreateClinicClient();

        var wrongPassword = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "sam.patel@anodyne.example", ["Input.Password"] = "not-the-password-at-all" });
        var unknownAccount = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "nobody@anodyne.example", ["Input.Password"] = "not-the-password-at-all" });

        foreach (var response in new[] { wrongPassword, unknownAccount })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("The e-mail or password is not correct.", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Set-Cookie: anodyne.session", response.Headers.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/home")).StatusCode);
        var failures = await app.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.SignInFailed && e.Outcome == AuditOutcome.Denied));
        Assert.True(failures >= 2);
    }

    [Fact]
    public async Task An_empty_form_gets_field_messages_and_no_session()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var client = app.CreateClinicClient();

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "", ["Input.Password"] = "" });

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter your e-mail address.", body, StringComparison.Ordinal);
        Assert.Contains("Enter your password.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        using var client = app.CreateClinicClient();

        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "daniel.chen@anodyne.example", ["Input.Password"] = "wrong-password-" + i });
        }

        var right = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "daniel.chen@anodyne.example", ["Input.Password"] = Features.Demo.DemoClinic.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_addresses_outside_the_clinic_are_ignored()
    {
        Assert.Equal("/patients", SignInModel.SafeReturnUrl("/patients"));
        Assert.Equal("/home", SignInModel.SafeReturnUrl("https://evil.example/"));
        Assert.Equal("/home", SignInModel.SafeReturnUrl("//evil.example/"));
        Assert.Equal("/home", SignInModel.SafeReturnUrl("/\\evil.example/"));
        Assert.Equal("/home", SignInModel.SafeReturnUrl(null));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Signing_out_ends_the_session_even_for_a_copied_cookie()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var raw = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var cookies = new CookieJar();

        var signInPage = await raw.GetAsync("/account/sign-in");
        cookies.Take(signInPage);
        var token = System.Text.RegularExpressions.Regex.Match(await signInPage.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await cookies.SendAsync(raw, HttpMethod.Post, "/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "priya.nair@anodyne.example",
            ["Input.Password"] = Features.Demo.DemoClinic.Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var copiedSession = cookies.Header;

        var home = await cookies.SendAsync(raw, HttpMethod.Get, "/home");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var homeToken = System.Text.RegularExpressions.Regex.Match(await home.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signOut = await cookies.SendAsync(raw, HttpMethod.Post, "/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(homeToken) }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var replay = new HttpRequestMessage(HttpMethod.Get, "/home");
        replay.Headers.Add("Cookie", copiedSession);
        var replayed = await raw.SendAsync(replay);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/account/sign-in", replayed.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}

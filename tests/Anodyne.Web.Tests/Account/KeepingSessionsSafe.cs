using System.Net;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Tests.Infrastructure;

namespace Anodyne.Web.Tests.Account;

public sealed class KeepingSessionsSafe
{
    [Fact]
    public async Task An_idle_session_ends_after_fifteen_minutes_but_activity_keeps_it_open()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        var nurse = await app.SignInAsync("rosa.rivera@anodyne.example");

        app.Clock.Advance(TimeSpan.FromMinutes(9));
        var active = await nurse.GetAsync("/home");
        app.Clock.Advance(TimeSpan.FromMinutes(9));
        var stillActive = await nurse.GetAsync("/home");
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var idle = await nurse.GetAsync("/home");

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillActive.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.Contains("/account/sign-in", idle.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Even_an_active_session_ends_after_twelve_hours()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        var physician = await app.SignInAsync("henrik.lindqvist@anodyne.example");
        var lastOk = TimeSpan.Zero;

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(13); elapsed += TimeSpan.FromMinutes(10))
        {
            var response = await physician.GetAsync("/home");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                break;
            }

            lastOk = elapsed;
            app.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.InRange(lastOk, TimeSpan.FromHours(11.8), TimeSpan.FromHours(12));
    }

    [Fact]
    public async Task Deactivating_an_account_ends_its_session_and_refuses_sign_in()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        var nurse = await app.SignInAsync("daniel.chen@anodyne.example");
        var admin = await app.SignInAsync("admin@anodyne.example");
        var users = await admin.GetPageAsync("/admin/users");
        var id = System.Text.RegularExpressions.Regex.Match(users, "handler=Deactivate&amp;id=([^\"]+)\"[^>]*>\\s*<input[^>]*>\\s*<button[^>]*aria-label=\"Deactivate Daniel Chen").Groups[1].Value;
        var userId = string.IsNullOrEmpty(id) ? await UserIdAsync(app, "daniel.chen@anodyne.example") : id;

        var deactivate = await admin.PostFormAsync($"/admin/users?id={userId}", [], handler: "Deactivate", formPagePath: "/admin/users");
        var afterwards = await nurse.GetAsync("/home");
        using var fresh = app.CreateClinicClient();
        var signIn = await fresh.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "daniel.chen@anodyne.example", ["Input.Password"] = DemoClinic.Password });

        Assert.Equal(HttpStatusCode.Redirect, deactivate.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(Features.Account.SignInModel.Refused, await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Deactivated", await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authenticator_app_adds_a_second_step_to_sign_in()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var nurse = await app.SignInAsync("priya.nair@anodyne.example");
        var setup = await nurse.GetPageAsync("/account/two-factor");
        var key = System.Text.RegularExpressions.Regex.Match(setup, "secret=([A-Z2-7]+)").Groups[1].Value;

        var wrong = await nurse.PostFormAsync("/account/two-factor", new() { ["Code"] = "000000" });
        var enrol = await nurse.PostFormAsync("/account/two-factor", new() { ["Code"] = Totp.Code(key, app.Clock.GetUtcNow()) });
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        using var later = app.CreateClinicClient();
        var password = await later.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "priya.nair@anodyne.example", ["Input.Password"] = DemoClinic.Password });
        var withoutCode = await later.GetAsync("/home");
        var code = await later.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = Totp.Code(key, app.Clock.GetUtcNow()) });

        Assert.Contains("That code is not correct", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, enrol.StatusCode);
        Assert.Contains("/account/sign-in/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withoutCode.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/home")).StatusCode);

        // The same code, seen by someone else, does not work a second time.
        using var replay = app.CreateClinicClient();
        await replay.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "priya.nair@anodyne.example", ["Input.Password"] = DemoClinic.Password });
        var replayed = await replay.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = Totp.Code(key, app.Clock.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("That code is not correct or has expired.", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_clinic_requires_it_staff_must_enrol_an_authenticator_first()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["Security:RequireStaffTwoFactor"] = "true" });
        var frontDesk = await app.SignInAsync("sam.patel@anodyne.example");
        var patient = await app.SignInAsync("laura.bennett@patients.example");

        var home = await frontDesk.GetAsync("/patients");
        var portal = await patient.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/two-factor", home.Headers.Location?.OriginalString);
        Assert.Contains("requires staff to use an authenticator app", await frontDesk.GetPageAsync("/account/two-factor"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
    }

    private static Task<string> UserIdAsync(ClinicApp app, string email) =>
        app.WithDatabaseAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));
}

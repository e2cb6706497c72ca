using System.Net;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;

namespace Anodyne.Web.Tests.Account;

/// <summary>NIST SP 800-63B 5.1.1.2: length of at least 12 here, no composition rules, common passwords refused.</summary>
public sealed class ChoosingPasswords(SharedClinic clinic)
{
    [Theory]
    [InlineData("password1234")]        // on the list outright
    [InlineData("Password2024!")]       // "password" with digits and a symbol tacked on
    [InlineData("QWERTYUIOPASDF")]      // keyboard row, any case
    [InlineData("abcabcabcabc")]        // a repeated pattern
    [InlineData("123456789012")]        // a sequence
    [InlineData("abcdefghijklmn")]      // a sequence of letters
    [InlineData("iloveyouforever")]
    public void Common_or_predictable_passwords_are_refused(string password) =>
        Assert.NotNull(CommonPasswordValidator.FindProblem(password, "nurse@anodyne.example"));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("migraine-free mondays 4 ever")]
    [InlineData("tHe qUiet OWL reads at dawn")]
    public void Long_unpredictable_passphrases_are_accepted_without_symbols_or_capitals(string password) =>
        Assert.Null(CommonPasswordValidator.FindProblem(password, "nurse@anodyne.example"));

    [Fact]
    public void A_password_containing_the_user_name_is_refused() =>
        Assert.NotNull(CommonPasswordValidator.FindProblem("my-rosa.rivera-secret", "rosa.rivera@anodyne.example"));

    [Theory]
    [InlineData("elevenchars", "at least 12 characters")]
    [InlineData("password1234", "most commonly used")]
    public async Task The_administrator_sees_why_an_initial_password_is_refused(string password, string expected)
    {
        var admin = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Administrator);
        var email = $"new.{Guid.NewGuid():N}@anodyne.example";

        var response = await admin.PostFormAsync("/admin/users", new() { ["Input.DisplayName"] = "New Nurse", ["Input.Email"] = email, ["Input.Role"] = ClinicRoles.Nurse, ["Input.Password"] = password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(email, await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_passphrase_is_accepted_in_full_and_the_new_colleague_can_sign_in()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var admin = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Administrator);
        var email = $"new.{Guid.NewGuid():N}@anodyne.example";
        var passphrase = "the infusion chair by the window gets the morning light first, always";

        var created = await admin.PostFormAsync("/admin/users", new() { ["Input.DisplayName"] = "Noor Haddad, RN", ["Input.Email"] = email, ["Input.Role"] = ClinicRoles.Nurse, ["Input.Password"] = passphrase });
        var truncated = app.CreateClinicClient();
        var wrong = await truncated.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = passphrase[..64] });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var colleague = await app.SignInAsync(email, passphrase);
        Assert.Contains("Today&#x27;s infusions", await colleague.GetPageAsync("/home"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_can_create_a_staff_account_for_themselves()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var anonymous = app.CreateClinicClient();

        var response = await anonymous.GetAsync("/admin/users");
        var register = await anonymous.GetAsync("/account/register");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, register.StatusCode);
    }
}

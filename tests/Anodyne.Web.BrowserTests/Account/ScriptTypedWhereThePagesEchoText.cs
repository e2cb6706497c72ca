using Anodyne.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Anodyne.Web.BrowserTests.Account;

/// <summary>
/// Text a person types comes back on the page (a rejected e-mail address, a search, a return address); it must come
/// back as text, never as script. A script that ran would open a dialog, which fails the test.
/// </summary>
public sealed class ScriptTypedWhereThePagesEchoText(ClinicSite site)
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public async Task A_script_typed_as_the_email_address_comes_back_as_text_and_never_runs()
    {
        await using var tab = await site.OpenPageAsync();
        await tab.SignInAsync(Script, "anything-at-all");

        await Expect(tab.Page.GetByText("Enter a valid e-mail address.")).ToBeVisibleAsync();
        await Expect(tab.Page.GetByLabel("E-mail")).ToHaveValueAsync(Script);
        Assert.Equal("/account/sign-in", tab.Path);
        tab.AssertNoDialogs();
    }

    [Fact]
    public async Task A_script_in_the_return_address_never_runs_and_signing_in_still_lands_at_home()
    {
        await using var tab = await site.OpenPageAsync();
        await tab.GotoAsync("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString("\">" + Script));
        await tab.ExpectHeadingAsync("Sign in");

        await tab.FillSignInFormAsync(DemoSignIns.FrontDesk, DemoSignIns.Password);
        await tab.ExpectHeadingAsync("Today's appointments");
        Assert.Equal("/home", tab.Path);
    }

    [Fact]
    public async Task A_script_searched_for_as_a_patient_name_comes_back_as_text_and_never_runs()
    {
        await using var tab = await site.OpenPageAsync();
        await tab.SignInAsync(DemoSignIns.FrontDesk, DemoSignIns.Password);
        await tab.ExpectHeadingAsync("Today's appointments");

        await tab.GotoAsync("/patients?q=" + Uri.EscapeDataString(Script));
        await Expect(tab.Page.GetByLabel("Name or MRN")).ToHaveValueAsync(Script);
        await Expect(tab.Page.GetByText("No patient matches.")).ToBeVisibleAsync();
        tab.AssertNoDialogs();
    }
}

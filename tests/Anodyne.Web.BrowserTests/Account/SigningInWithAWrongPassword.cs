using Anodyne.Web.BrowserTests.Infrastructure;
using Anodyne.Web.Features.Account;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anodyne.Web.BrowserTests.Account;

public sealed class SigningInWithAWrongPassword(ClinicSite site)
{
    [Fact]
    public async Task A_wrong_password_shows_the_refusal_and_stays_on_the_sign_in_page()
    {
        await using var tab = await site.OpenPageAsync();
        await tab.SignInAsync(DemoSignIns.NurseWhoMistypes, "not-the-demo-password");

        await Expect(tab.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(SignInModel.Refused);
        Assert.Equal("/account/sign-in", tab.Path);
        await tab.ExpectHeadingAsync("Sign in");
        await Expect(tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(0);
        await tab.ExpectNoSeriousAccessibilityViolationsAsync();
    }
}

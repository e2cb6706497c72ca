using Anodyne.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Anodyne.Web.BrowserTests.Account;

public sealed class SigningOut(ClinicSite site)
{
    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_home_then_asks_for_sign_in_again()
    {
        await using var tab = await site.OpenPageAsync();
        await tab.SignInAsync(DemoSignIns.NurseWhoSignsOut, DemoSignIns.Password);
        await tab.ExpectHeadingAsync("Today's infusions");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await tab.ExpectHeadingAsync("Sign in");
        Assert.Equal("/account/sign-in", tab.Path);

        await tab.GotoAsync("/home");
        await tab.ExpectHeadingAsync("Sign in");
        Assert.Equal("/account/sign-in", tab.Path);
        Assert.Equal("?ReturnUrl=%2Fhome", new Uri(tab.Page.Url).Query);
    }
}

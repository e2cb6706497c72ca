using Anodyne.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Anodyne.Web.BrowserTests.Account;

/// <summary>Every role signs in through the form and lands on its own start page, which passes an accessibility scan.</summary>
public sealed class EachRoleSigningIn(ClinicSite site)
{
    [Fact]
    public async Task The_sign_in_page_has_no_serious_accessibility_violations()
    {
        await using var tab = await site.OpenPageAsync();
        await tab.GotoAsync("/account/sign-in");
        await tab.ExpectHeadingAsync("Sign in");
        await tab.ExpectNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task The_administrator_lands_on_Administration()
    {
        await using var tab = await SignInAsync(DemoSignIns.Administrator);
        Assert.Equal("/home", tab.Path);
        await tab.ExpectHeadingAsync("Administration");
        await tab.ExpectNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task A_physician_lands_on_Today_with_items_to_sign()
    {
        await using var tab = await SignInAsync(DemoSignIns.Physician);
        Assert.Equal("/home", tab.Path);
        await tab.ExpectHeadingAsync("Today");
        await tab.ExpectHeadingAsync("Items to sign", level: 2);
        await tab.ExpectNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task A_nurse_lands_on_todays_infusions()
    {
        await using var tab = await SignInAsync(DemoSignIns.Nurse);
        Assert.Equal("/home", tab.Path);
        await tab.ExpectHeadingAsync("Today's infusions");
        await tab.ExpectNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task The_front_desk_lands_on_todays_appointments()
    {
        await using var tab = await SignInAsync(DemoSignIns.FrontDesk);
        Assert.Equal("/home", tab.Path);
        await tab.ExpectHeadingAsync("Today's appointments");
        await tab.ExpectNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task A_patient_lands_on_the_portal_greeted_by_name()
    {
        await using var tab = await SignInAsync(DemoSignIns.Patient);
        await Expect(tab.Page).ToHaveURLAsync(new Uri(site.BaseAddress, "/portal").ToString());
        await tab.ExpectHeadingAsync("Hello, Laura");
        await tab.ExpectNoSeriousAccessibilityViolationsAsync();
    }

    private async Task<ClinicPage> SignInAsync(string email)
    {
        var tab = await site.OpenPageAsync();
        await tab.SignInAsync(email, DemoSignIns.Password);
        return tab;
    }
}

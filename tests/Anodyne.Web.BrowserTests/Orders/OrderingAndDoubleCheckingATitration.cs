using Anodyne.Web.BrowserTests.Infrastructure;
using Anodyne.Web.Features.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anodyne.Web.BrowserTests.Orders;

public sealed class OrderingAndDoubleCheckingATitration(ClinicSite site)
{
    private static readonly Guid EthanBrooks = DemoPeople.Patients.Single(p => p.Mrn == "A100004").Id;

    [Fact]
    public async Task A_physician_overrides_a_soft_limit_and_signs_and_a_nurse_double_check_refuses_a_wrong_concentration()
    {
        string orderPath;
        await using (var physician = await site.OpenPageAsync())
        {
            await physician.SignInAsync(DemoSignIns.Physician, DemoSignIns.Password);
            await physician.ExpectHeadingAsync("Today");
            await physician.GotoAsync($"/patients/{EthanBrooks}/orders/new?protocol=inpatient-titration");
            await Expect(physician.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("New order for Ethan Brooks");
            await physician.Page.Locator("#Input_WeightKg").FillAsync("79");
            await physician.Page.Locator("#Input_VialMgPerMl").SelectOptionAsync("50");
            // 1.2 mg/kg/h is above the soft 1 mg/kg/h ceiling [Rangavajjula 2017], below the hard 1.5
            await physician.Page.Locator("#Input_Steps_0__Value").FillAsync("1.2");
            await physician.Page.GetByRole(AriaRole.Button, new() { Name = "Preview the order" }).ClickAsync();

            await Expect(physician.Page.Locator("svg.chart")).ToBeVisibleAsync();
            await Expect(physician.Page.GetByText("Soft limit exceeded").First).ToBeVisibleAsync();
            await Expect(physician.Page.GetByText("Peak", new() { Exact = false }).First).ToBeVisibleAsync();
            await physician.ExpectNoSeriousAccessibilityViolationsAsync();

            await physician.Page.Locator("#Input_Password").FillAsync(DemoSignIns.Password);
            await physician.Page.GetByRole(AriaRole.Button, new() { Name = "Sign the order" }).ClickAsync();
            await Expect(physician.Page.GetByText("document the clinical reason").First).ToBeVisibleAsync();

            await physician.Page.Locator("#Input_OverrideReason").FillAsync("Pain 7/10 after 12 h at 1 mg/kg/h; attending agrees to exceed the soft limit.");
            await physician.Page.Locator("#Input_Password").FillAsync(DemoSignIns.Password);
            await physician.Page.GetByRole(AriaRole.Button, new() { Name = "Sign the order" }).ClickAsync();
            await Expect(physician.Page.GetByText("Order signed").First).ToBeVisibleAsync();
            orderPath = physician.Path;
            Assert.StartsWith("/orders/", orderPath, StringComparison.Ordinal);
            physician.AssertNoDialogs();
        }

        await using var nurse = await site.OpenPageAsync();
        await nurse.SignInAsync(DemoSignIns.Nurse, DemoSignIns.Password);
        await nurse.ExpectHeadingAsync("Today's infusions");
        await nurse.GotoAsync(orderPath);
        await Expect(nurse.Page.GetByText("Not yet double-checked").First).ToBeVisibleAsync();
        await nurse.Page.Locator("#Check_WeightKg").FillAsync("79");
        await nurse.Page.Locator("#Check_VialMgPerMl").FillAsync("10");
        await nurse.Page.GetByRole(AriaRole.Button, new() { Name = "Record the double-check" }).ClickAsync();
        await Expect(nurse.Page.GetByText("Double-check failed").First).ToBeVisibleAsync();
        await nurse.ExpectNoSeriousAccessibilityViolationsAsync();

        await nurse.Page.Locator("#Check_WeightKg").FillAsync("79");
        await nurse.Page.Locator("#Check_VialMgPerMl").FillAsync("50");
        await nurse.Page.GetByRole(AriaRole.Button, new() { Name = "Record the double-check" }).ClickAsync();
        await Expect(nurse.Page.GetByText("Double-checked: ready to administer.")).ToBeVisibleAsync();
        nurse.AssertNoDialogs();
    }
}

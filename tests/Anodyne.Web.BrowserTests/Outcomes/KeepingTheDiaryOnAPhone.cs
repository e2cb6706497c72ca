using Anodyne.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anodyne.Web.BrowserTests.Outcomes;

public sealed class KeepingTheDiaryOnAPhone(ClinicSite site)
{
    [Fact]
    public async Task A_patient_enters_today_on_a_phone_and_the_physician_sees_it_in_progress_and_the_cohort_charts()
    {
        await using (var patient = await site.OpenPageAsync())
        {
            await patient.Page.SetViewportSizeAsync(390, 844);
            await patient.SignInAsync(DemoSignIns.Patient, DemoSignIns.Password);
            await patient.GotoAsync("/portal/diary");
            await patient.ExpectHeadingAsync("My headache diary");
            await patient.ExpectNoSeriousAccessibilityViolationsAsync();
            await patient.Page.GetByRole(AriaRole.Radio, new() { Name = "Yes" }).CheckAsync();
            await patient.Page.GetByLabel("Hours it lasted that day").FillAsync("6");
            await patient.Page.GetByRole(AriaRole.Radio, new() { Name = "Severe" }).CheckAsync();
            await patient.Page.GetByLabel("One side").CheckAsync();
            await patient.Page.GetByLabel("Throbbing").CheckAsync();
            await patient.Page.GetByLabel("Nausea or vomiting").CheckAsync();
            await patient.Page.GetByLabel("Triptan").CheckAsync();
            await patient.Page.GetByRole(AriaRole.Button, new() { Name = "Save the day" }).ClickAsync();
            await Expect(patient.Page.GetByText("Saved. Thank you!")).ToBeVisibleAsync();
            patient.AssertNoDialogs();
        }

        await using var physician = await site.OpenPageAsync();
        await physician.SignInAsync(DemoSignIns.Physician, DemoSignIns.Password);
        await physician.ExpectHeadingAsync("Today");
        await physician.GotoAsync($"/patients/{DemoSignIns.LauraBennett}/progress");
        await Expect(physician.Page.Locator("#progress-chart svg[role=img]")).ToBeVisibleAsync();
        // the demo diary stops 4 days before today: days -27 to -4 and today's new entry
        await Expect(physician.Page.GetByText("25 of 28 days filled in")).ToBeVisibleAsync();
        await physician.ExpectNoSeriousAccessibilityViolationsAsync();

        await physician.GotoAsync("/outcomes/cohort");
        await physician.ExpectHeadingAsync("Cohort outcomes");
        await Expect(physician.Page.Locator("#responders-chart svg[role=img]")).ToBeVisibleAsync();
        await Expect(physician.Page.Locator("#durability-chart svg[role=img]")).ToBeVisibleAsync();
        await physician.ExpectNoSeriousAccessibilityViolationsAsync();
        physician.AssertNoDialogs();
    }
}

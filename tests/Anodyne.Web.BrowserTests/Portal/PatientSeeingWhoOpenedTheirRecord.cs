using Anodyne.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anodyne.Web.BrowserTests.Portal;

public sealed class PatientSeeingWhoOpenedTheirRecord(ClinicSite site)
{
    [Fact]
    public async Task A_physician_who_opened_the_chart_is_listed_on_the_patients_portal()
    {
        await using (var physician = await site.OpenPageAsync())
        {
            await physician.SignInAsync(DemoSignIns.Physician, DemoSignIns.Password);
            await physician.ExpectHeadingAsync("Today");
            await physician.GotoAsync($"/patients/{DemoSignIns.LauraBennett}");
            await Expect(physician.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Laura Bennett");
            await physician.ExpectNoSeriousAccessibilityViolationsAsync();
        }

        await using var patient = await site.OpenPageAsync();
        await patient.SignInAsync(DemoSignIns.Patient, DemoSignIns.Password);
        await patient.ExpectHeadingAsync("Who has looked at or changed my record", level: 2);
        var rows = patient.Page.GetByRole(AriaRole.Row)
            .Filter(new() { HasText = DemoSignIns.PhysicianName })
            .Filter(new() { HasText = "viewed patient" });
        await Expect(rows.First).ToBeVisibleAsync();
        patient.AssertNoDialogs();
    }
}

using Anodyne.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anodyne.Web.BrowserTests.Intake;

/// <summary>
/// The intake journey: the front desk registers a patient, a nurse takes the headache history, a HIT-6 and the
/// contraindication screen, and a physician signs the decision; the chart shows each, and every page passes axe.
/// </summary>
public sealed class TakingAPatientFromRegistrationToASignedDecision(ClinicSite site)
{
    private const string SecondPhysician = "henrik.lindqvist@anodyne.example";

    [Fact]
    public async Task Front_desk_registers_nurse_takes_the_intake_and_physician_signs_the_decision()
    {
        var family = "Quill" + Guid.NewGuid().ToString("N")[..6];
        string chartPath;
        await using (var frontDesk = await site.OpenPageAsync())
        {
            await frontDesk.SignInAsync(DemoSignIns.FrontDesk, DemoSignIns.Password);
            await frontDesk.GotoAsync("/patients/new");
            await frontDesk.ExpectNoSeriousAccessibilityViolationsAsync();
            var page = frontDesk.Page;
            await page.GetByLabel("Given name").FillAsync("Nora");
            await page.GetByLabel("Family name").FillAsync(family);
            await page.GetByLabel("Date of birth").FillAsync("1983-05-20");
            await page.GetByLabel("Sex").SelectOptionAsync("Female");
            await page.GetByLabel("Preferred language").FillAsync("English");
            await page.GetByLabel("Allergies and reactions").FillAsync("None known");
            await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Nora " + family);
            chartPath = frontDesk.Path;
        }

        await using (var nurse = await site.OpenPageAsync())
        {
            await nurse.SignInAsync(DemoSignIns.Nurse, DemoSignIns.Password);
            var page = nurse.Page;
            await nurse.GotoAsync(chartPath + "/headache-history");
            await nurse.ExpectNoSeriousAccessibilityViolationsAsync();
            await page.GetByLabel("Days with any headache in a typical month").FillAsync("20");
            await page.GetByLabel("Of those, days that feel like migraine").FillAsync("12");
            await page.GetByLabel("Months the headaches have been this frequent").FillAsync("6");
            await page.GetByLabel("The patient has attacks without aura").CheckAsync();
            await page.GetByLabel("How many such attacks so far in life").First.FillAsync("40");
            await page.GetByLabel("Hours a typical attack lasts untreated").FillAsync("24");
            await page.GetByLabel("Pain on one side").CheckAsync();
            await page.GetByLabel("Throbbing or pulsating").CheckAsync();
            await page.GetByLabel("Moderate or severe").CheckAsync();
            await page.GetByLabel("Nausea or vomiting").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save headache history" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1.3");

            await nurse.GotoAsync(chartPath + "/hit6");
            await nurse.ExpectNoSeriousAccessibilityViolationsAsync();
            for (var item = 1; item <= 6; item++)
            {
                await page.GetByLabel($"Item {item}", new() { Exact = true }).SelectOptionAsync("VeryOften");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Save HIT-6" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("HIT-6 saved: 66");

            await nurse.GotoAsync(chartPath + "/screen");
            await nurse.ExpectNoSeriousAccessibilityViolationsAsync();
            await page.GetByLabel("Latest systolic pressure (mmHg)").FillAsync("122");
            await page.GetByLabel("Latest diastolic pressure (mmHg)").FillAsync("76");
            await page.GetByLabel("Hypertension", new() { Exact = true }).SelectOptionAsync("None");
            await page.GetByLabel("Thyroid", new() { Exact = true }).SelectOptionAsync("NoHyperthyroidism");
            await page.GetByLabel("Psychosis", new() { Exact = true }).SelectOptionAsync("None");
            await page.GetByLabel("Substance use disorder", new() { Exact = true }).SelectOptionAsync("None");
            await page.GetByLabel("Liver disease", new() { Exact = true }).SelectOptionAsync("None");
            await page.GetByLabel("Glaucoma", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the screen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Screen saved");
        }

        await using var physician = await site.OpenPageAsync();
        await physician.SignInAsync(SecondPhysician, DemoSignIns.Password);
        await physician.GotoAsync(chartPath + "/eligibility");
        await physician.ExpectNoSeriousAccessibilityViolationsAsync();
        var p = physician.Page;
        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "Proposal: Not eligible" })).ToBeVisibleAsync();
        await p.GetByLabel("Your password, to sign").FillAsync(DemoSignIns.Password);
        await p.GetByRole(AriaRole.Button, new() { Name = "Sign the decision" }).ClickAsync();
        await Expect(p.GetByRole(AriaRole.Status)).ToContainTextAsync("Decision signed (version 1): Not eligible.");

        await Expect(p.Locator("ul.diagnoses")).ToContainTextAsync("1.3");
        await Expect(p.Locator("p.resistance")).ToContainTextAsync("neither resistant nor refractory");
        await Expect(p.Locator("table.screening-findings")).ToContainTextAsync("Glaucoma");
        await Expect(p.Locator("p.eligibility-current")).ToContainTextAsync("Not eligible");
        await physician.ExpectNoSeriousAccessibilityViolationsAsync();
        physician.AssertNoDialogs();
    }
}

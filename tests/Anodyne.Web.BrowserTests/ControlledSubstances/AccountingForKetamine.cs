using System.Text.RegularExpressions;
using Anodyne.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anodyne.Web.BrowserTests.ControlledSubstances;

/// <summary>
/// A nurse receives stock, dispenses it for an infusion visit and wastes the residual before a physician who signs in
/// their own name; a blind count finds a vial short and the Administrator resolves it; the dispensing log downloads.
/// </summary>
public sealed partial class AccountingForKetamine(ClinicSite site)
{
    private const string Witness = "henrik.lindqvist@anodyne.example";

    [Fact]
    public async Task From_receipt_to_witnessed_waste_to_a_resolved_count_difference()
    {
        await using var nurse = await site.OpenPageAsync();
        await nurse.SignInAsync(DemoSignIns.Nurse, DemoSignIns.Password);
        var page = nurse.Page;

        await nurse.GotoAsync("/controlled-substances/receive");
        await nurse.ExpectNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("Product").SelectOptionAsync(new SelectOptionValue { Label = "Ketamine HCl injection (demo) 10 mg/mL × 20 mL (NDC 99999-0010-20)" });
        await page.GetByLabel("Lot number").FillAsync("BT-LOT-1");
        await page.GetByLabel("Expires").FillAsync("2030-01-31");
        await page.GetByLabel("Vials received").FillAsync("3");
        await page.GetByLabel("Supplier").FillAsync("Browser Test Supply");
        await page.GetByLabel("Invoice or order form number").FillAsync("INV-BT-1");
        await page.GetByLabel("Put away in").SelectOptionAsync(new SelectOptionValue { Label = "Main safe" });
        await page.GetByLabel("Their e-mail").FillAsync(Witness);
        await page.GetByLabel("Their password").FillAsync(DemoSignIns.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Receive stock" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Received 3 vial(s) of lot BT-LOT-1");

        await nurse.GotoAsync("/controlled-substances/sessions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dispense and account" }).First.ClickAsync();
        var stock = await page.Locator("#Dispense_Stock option", new() { HasTextString = "BT-LOT-1" }).GetAttributeAsync("value");
        await page.GetByLabel("Lot and location").SelectOptionAsync(stock!);
        await page.GetByLabel("Vials", new() { Exact = true }).FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dispense", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Dispensed");
        await nurse.ExpectNoSeriousAccessibilityViolationsAsync();

        await page.Locator("#administered").FillAsync("150");
        await page.GetByRole(AriaRole.Button, new() { Name = "Work out the residual" }).ClickAsync();
        var wasted = await page.Locator("#Close_WastedMg").InputValueAsync();
        await page.GetByLabel("Witness e-mail").FillAsync(Witness);
        await page.GetByLabel("Witness password").FillAsync(DemoSignIns.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record given and wasted" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Administered amount and waste recorded");

        await nurse.GotoAsync("/controlled-substances/counts");
        await page.GetByLabel("Location counted").SelectOptionAsync(new SelectOptionValue { Label = "Main safe" });
        var lines = page.Locator("fieldset input[type=number]");
        for (var i = 0; i < await lines.CountAsync(); i++)
        {
            var label = await page.Locator($"label[for='{await lines.Nth(i).GetAttributeAsync("id")}']").InnerTextAsync();
            // The demo holds 20 of DEMO-K10-001 and 10 of DEMO-K100-001 in the safe; of the new lot 2 remain, and 1 is found.
            await lines.Nth(i).FillAsync(label.Contains("DEMO-K10-001", StringComparison.Ordinal) ? "20" : label.Contains("DEMO-K100-001", StringComparison.Ordinal) ? "10" : "1");
        }

        await page.Locator("#Input_WitnessEmail").FillAsync(Witness);
        await page.Locator("#Input_WitnessPassword").FillAsync(DemoSignIns.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the count" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("difference(s) recorded as discrepancies");
        var discrepancy = page.GetByRole(AriaRole.Link, new() { Name = "found 1 vial(s) where the ledger holds 2" });
        var address = await discrepancy.GetAttributeAsync("href");

        await using var admin = await site.OpenPageAsync();
        await admin.SignInAsync(DemoSignIns.Administrator, DemoSignIns.Password);
        await admin.GotoAsync(address!);
        await admin.ExpectNoSeriousAccessibilityViolationsAsync();
        await admin.Page.GetByLabel("Resolution").FillAsync("Vial found broken in the sharps bin; recorded as a loss.");
        await admin.Page.GetByLabel("Adjust the ledger to the physical count").CheckAsync();
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Resolved");

        await admin.GotoAsync("/controlled-substances/reports/dispensing");
        var download = await admin.Page.RunAndWaitForDownloadAsync(() => admin.Page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("When,Patient,MRN,Movement", csv, StringComparison.Ordinal);
        Assert.Matches(LotWaste(), csv);
        Assert.Equal("50", wasted);
    }

    [GeneratedRegex("Waste,[^\\n]*BT-LOT-1,,50,")]
    private static partial Regex LotWaste();
}

using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anodyne.Web.BrowserTests.Infrastructure;

/// <summary>
/// One person's browser tab on the clinic, with the steps and checks the journeys share. Any JavaScript dialog
/// (alert, confirm, prompt) is dismissed and recorded: the clinic's pages never open one, so one means injected script ran.
/// </summary>
public sealed class ClinicPage : IAsyncDisposable
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    private readonly IBrowserContext _context;
    private readonly List<string> _dialogs = [];

    public ClinicPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Page.Dialog += async (_, dialog) =>
        {
            lock (_dialogs)
            {
                _dialogs.Add($"{dialog.Type}: {dialog.Message}");
            }

            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public string Path => new Uri(Page.Url).AbsolutePath;

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.NotNull(response);
    }

    /// <summary>Signs in through the real form, as a person would.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await GotoAsync("/account/sign-in");
        await FillSignInFormAsync(email, password);
    }

    public async Task FillSignInFormAsync(string email, string password)
    {
        await Page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    public ILocator Heading(string name, int level) =>
        Page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true, Level = level });

    public async Task ExpectHeadingAsync(string name, int level = 1)
    {
        await Expect(Heading(name, level)).ToBeVisibleAsync();
        AssertNoDialogs();
    }

    /// <summary>Runs axe on the page as it is now; serious and critical violations fail the test, each listed with where it is.</summary>
    public async Task ExpectNoSeriousAccessibilityViolationsAsync()
    {
        var result = await Page.RunAxe();
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact, StringComparer.OrdinalIgnoreCase)).ToList();
        var minor = result.Violations.Except(blocking).ToList();
        if (minor.Count > 0)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(Describe(Page.Url, minor));
        }

        Assert.True(blocking.Count == 0, Describe(Page.Url, blocking));
        AssertNoDialogs();
    }

    public void AssertNoDialogs()
    {
        lock (_dialogs)
        {
            Assert.True(_dialogs.Count == 0, $"A JavaScript dialog opened on {Page.Url}: {string.Join("; ", _dialogs)}");
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static string Describe(string url, List<AxeResultItem> violations)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"axe found {violations.Count} violation(s) on {url}:"));
        foreach (var v in violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}");
            foreach (var node in v.Nodes)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n    at {node.Target}: {node.Html}");
            }
        }

        return text.ToString();
    }
}

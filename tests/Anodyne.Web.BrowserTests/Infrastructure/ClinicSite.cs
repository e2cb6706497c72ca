using System.Net;
using Anodyne.Web.BrowserTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(ClinicSite))]

namespace Anodyne.Web.BrowserTests.Infrastructure;

/// <summary>
/// One demo clinic served by Kestrel on 127.0.0.1 and one headless Chromium, shared by the whole run. Each test
/// opens its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class ClinicSite : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("anodyne-browser-").FullName;
    private ClinicAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _browserMissing;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        var (chromium, missing) = Chromium.Find();
        if (chromium is null)
        {
            _browserMissing = missing;
            return;
        }

        _app = new ClinicAppFactory(_dataDirectory);
        _app.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        BaseAddress = new Uri(addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address."));

        // Signing in hashes a password; with the journeys running side by side that can take a few seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.LaunchArguments,
        });
    }

    /// <summary>A fresh browser context (no cookies) with one page on the clinic.</summary>
    public async Task<ClinicPage> OpenPageAsync()
    {
        if (_browser is null)
        {
            var reason = _browserMissing ?? "The browser did not start.";
            if (Chromium.Required)
            {
                Assert.Fail($"{Chromium.RequireVariable}=1 but the browser tests cannot run. {reason}");
            }

            Assert.Skip(reason);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        var page = await context.NewPageAsync();
        return new ClinicPage(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a directory in the temp folder behind.
        }
    }
}

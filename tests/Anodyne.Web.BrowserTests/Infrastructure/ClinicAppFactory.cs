using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Anodyne.Web.BrowserTests.Infrastructure;

/// <summary>The real clinic app with every file it writes (database, audit key and anchor, cookie keys) in one directory.</summary>
public sealed class ClinicAppFactory(string dataDirectory) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Clinic", $"Data Source={Path.Combine(dataDirectory, "clinic.db")}");
        builder.UseSetting("Audit:KeyFile", Path.Combine(dataDirectory, "audit.key"));
        builder.UseSetting("Audit:AnchorFile", Path.Combine(dataDirectory, "audit.anchor"));
        builder.UseSetting("DataProtection:KeyDirectory", Path.Combine(dataDirectory, "keys"));
        builder.UseSetting("Demo:SeedOnFirstRun", "true");
        // Every journey signs in from the same loopback address; the limits themselves are tested in Anodyne.Web.Tests.
        builder.UseSetting("Security:SignInAttemptsPerAddress", "100000");
        builder.UseSetting("Security:ApiRequestsPerMinute", "1000000");
        builder.UseSetting("PublicForms:PermitLimit", "10000");
    }
}

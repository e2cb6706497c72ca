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
    }
}

using Anodyne.Web.Features.Demo;
using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Features.PublicSite;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Data;

/// <summary>
/// Before the app serves: apply migrations (when configured) and, on a development machine with an empty
/// database, create the demo clinic. Demo data is never created in Production.
/// </summary>
public sealed partial class ClinicStartup(IServiceProvider services, IHostEnvironment environment, IConfiguration configuration, IOptions<DatabaseOptions> options, ILogger<ClinicStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();
        if (options.Value.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await ClinicRoles.EnsureExistAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
            // The public pages' built-in text is content, not demo data: written in every environment.
            await scope.ServiceProvider.GetRequiredService<PublicContent>().SeedDefaultsAsync(cancellationToken);
            // So are the built-in treatment protocols, from the clinical notes, for each one not yet in the library.
            await scope.ServiceProvider.GetRequiredService<BuiltInProtocols>().SeedDefaultsAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<Anodyne.Web.Features.Consent.ConsentTexts>().EnsureDefaultAsync(cancellationToken);
        }

        if (ShouldSeedDemo(environment, configuration) && !await db.Users.AnyAsync(cancellationToken))
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoClinic>();
            var signIns = await demo.SeedAsync(cancellationToken);
            LogDemoSeeded(logger, signIns.Count);
            Console.WriteLine(DemoClinic.DescribeSignIns(signIns));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static bool ShouldSeedDemo(IHostEnvironment environment, IConfiguration configuration) =>
        !environment.IsProduction()
        && configuration.GetValue("Demo:SeedOnFirstRun", environment.IsDevelopment());

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo clinic created with {Count} sign-ins")]
    private static partial void LogDemoSeeded(ILogger logger, int count);
}

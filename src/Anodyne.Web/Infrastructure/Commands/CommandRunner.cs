using System.Security.Cryptography;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Admin;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Infrastructure.Commands;

/// <summary>Carries out a <see cref="ClinicCommand"/> in its own scope, acting as "command line" in the audit trail.</summary>
public static class CommandRunner
{
    public const string Usage = """
        Usage: Anodyne.Web [COMMAND] [OPTIONS]     (no command: serve the clinic)
          migrate                                  apply database migrations
          seed-demo                                create the demo clinic in an empty database (not in Production)
          create-admin --email E [--name N]        create an administrator; prints a one-time password
          token create --user EMAIL [--days N] [--name N]
                                                   create an API token for a user; prints it once
          verify-audit                             check the audit trail's hash chain; exit 1 if broken
          backup --to FILE                         consistent online copy of the database
          restore --from FILE                      replace the database with a backup (stop the app first)
        """;

    public static async Task<int> RunAsync(WebApplication app, ClinicCommand command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentActor>().ActAs(Actor.CommandLine(command.Name));
        var db = services.GetRequiredService<ClinicDbContext>();
        try
        {
            if (command.Name is not ("help" or "restore"))
            {
                await db.Database.MigrateAsync();
            }

            return command.Name switch
            {
                "migrate" => Done("Database is up to date."),
                "seed-demo" => await SeedDemoAsync(services, app.Environment),
                "create-admin" => await CreateAdminAsync(services, command),
                "token" => await CreateTokenAsync(services, command),
                "verify-audit" => await VerifyAuditAsync(services),
                "backup" => await services.GetRequiredService<DatabaseBackup>().BackupAsync(command.RequiredOption("to")),
                "restore" => await services.GetRequiredService<DatabaseBackup>().RestoreAsync(command.RequiredOption("from")),
                "help" => Done(Usage),
                _ => throw new CommandUsageException($"Unknown command '{command.Name}'."),
            };
        }
        catch (CommandUsageException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + Environment.NewLine + Usage);
            return 2;
        }
    }

    private static int Done(string message)
    {
        Console.WriteLine(message);
        return 0;
    }

    private static int Failed(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider services, IHostEnvironment environment)
    {
        if (environment.IsProduction())
        {
            return Failed("The demo clinic is never created in Production.");
        }

        if (await services.GetRequiredService<ClinicDbContext>().Users.AnyAsync())
        {
            return Failed("The database already has accounts; the demo clinic is only created in an empty database.");
        }

        var signIns = await services.GetRequiredService<DemoClinic>().SeedAsync(CancellationToken.None);
        return Done(DemoClinic.DescribeSignIns(signIns));
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, ClinicCommand command)
    {
        var email = command.RequiredOption("email");
        var accounts = services.GetRequiredService<StaffAccounts>();
        await DemoClinic.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        // 18 random bytes = 24 characters of base64, shown once; the administrator sets their own after signing in.
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var result = await accounts.CreateAsync(email, command.Option("name") ?? "Administrator", ClinicRoles.Administrator, password);
        return result.Succeeded
            ? Done($"Administrator {email} created. One-time password (shown only now): {password}")
            : Failed(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider services, ClinicCommand command)
    {
        if (command.Words is not ["create"])
        {
            throw new CommandUsageException("Use: token create --user EMAIL [--days N] [--name N]");
        }

        var email = command.RequiredOption("user");
        var user = await services.GetRequiredService<UserManager<ClinicUser>>().FindByEmailAsync(email);
        if (user is not { IsActive: true })
        {
            return Failed($"No active account has the e-mail {email}.");
        }

        var defaultDays = services.GetRequiredService<IOptions<SecurityOptions>>().Value.DefaultTokenDays;
        var days = command.IntOption("days", defaultDays);
        if (days is < 1 or > 365)
        {
            throw new CommandUsageException("--days must be between 1 and 365.");
        }

        var (token, secret) = await services.GetRequiredService<ApiTokens>()
            .IssueAsync(user, command.Option("name") ?? "Command-line token", days, "command line", CancellationToken.None);
        return Done($"Token for {email}, valid until {token.ExpiresAtUtc:u}. It is shown only now:{Environment.NewLine}{secret}");
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider services)
    {
        var verdict = await services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        return verdict.IsIntact ? Done(verdict.Message) : Failed("AUDIT TRAIL BROKEN: " + verdict.Message);
    }
}

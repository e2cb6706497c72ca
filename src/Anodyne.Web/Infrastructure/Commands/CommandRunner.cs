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

    public static async Task<int> RunAsync(WebApplication app, ClinicCommand command, TextWriter? output = null, TextWriter? errors = null)
    {
        var console = new CommandConsole(output ?? Console.Out, errors ?? Console.Error);
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
                "migrate" => console.Done("Database is up to date."),
                "seed-demo" => await SeedDemoAsync(services, app.Environment, console),
                "create-admin" => await CreateAdminAsync(services, command, console),
                "token" => await CreateTokenAsync(services, command, console),
                "verify-audit" => await VerifyAuditAsync(services, console),
                "backup" => await services.GetRequiredService<DatabaseBackup>().BackupAsync(command.RequiredOption("to"), console),
                "restore" => await services.GetRequiredService<DatabaseBackup>().RestoreAsync(command.RequiredOption("from"), console),
                "help" => console.Done(Usage),
                _ => throw new CommandUsageException($"Unknown command '{command.Name}'."),
            };
        }
        catch (CommandUsageException e)
        {
            console.Failed(e.Message + Environment.NewLine + Environment.NewLine + Usage);
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or DbUpdateException)
        {
            return console.Failed($"{command.Name} failed: {e.Message}");
        }
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider services, IHostEnvironment environment, CommandConsole console)
    {
        if (environment.IsProduction())
        {
            return console.Failed("The demo clinic is never created in Production.");
        }

        if (await services.GetRequiredService<ClinicDbContext>().Users.AnyAsync())
        {
            return console.Failed("The database already has accounts; the demo clinic is only created in an empty database.");
        }

        var signIns = await services.GetRequiredService<DemoClinic>().SeedAsync(CancellationToken.None);
        return console.Done(DemoClinic.DescribeSignIns(signIns));
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, ClinicCommand command, CommandConsole console)
    {
        var email = command.RequiredOption("email");
        var accounts = services.GetRequiredService<StaffAccounts>();
        await ClinicRoles.EnsureExistAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        // 18 random bytes = 24 characters of base64, shown once; the administrator sets their own after signing in.
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var result = await accounts.CreateAsync(email, command.Option("name") ?? "Administrator", ClinicRoles.Administrator, password);
        return result.Succeeded
            ? console.Done($"Administrator {email} created. One-time password (shown only now): {password}")
            : console.Failed(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider services, ClinicCommand command, CommandConsole console)
    {
        if (command.Words is not ["create"])
        {
            throw new CommandUsageException("Use: token create --user EMAIL [--days N] [--name N]");
        }

        var email = command.RequiredOption("user");
        var user = await services.GetRequiredService<UserManager<ClinicUser>>().FindByEmailAsync(email);
        if (user is not { IsActive: true })
        {
            return console.Failed($"No active account has the e-mail {email}.");
        }

        var defaultDays = services.GetRequiredService<IOptions<SecurityOptions>>().Value.DefaultTokenDays;
        var days = command.IntOption("days", defaultDays);
        if (days is < 1 or > 365)
        {
            throw new CommandUsageException("--days must be between 1 and 365.");
        }

        var (token, secret) = await services.GetRequiredService<ApiTokens>()
            .IssueAsync(user, command.Option("name") ?? "Command-line token", days, "command line", CancellationToken.None);
        return console.Done($"Token for {email}, valid until {token.ExpiresAtUtc:u}. It is shown only now:{Environment.NewLine}{secret}");
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider services, CommandConsole console)
    {
        var verdict = await services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        return verdict.IsIntact ? console.Done(verdict.Message) : console.Failed("AUDIT TRAIL BROKEN: " + verdict.Message);
    }
}

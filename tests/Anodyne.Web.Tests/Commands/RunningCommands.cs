using Anodyne.Web.Infrastructure.Commands;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Commands;

/// <summary>The maintenance commands, run on the same host the clinic serves from.</summary>
public sealed class RunningCommands
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Verify_audit_passes_on_a_clean_trail_and_names_the_altered_entry(DatabaseKind kind)
    {
        await using var app = await ClinicApp.StartAsync(kind);

        var clean = await RunAsync(app, "verify-audit");
        await app.TamperAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'edited' WHERE \"Sequence\" = 7");
        var broken = await RunAsync(app, "verify-audit");

        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("intact", clean.Output, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("Entry #7 was altered", broken.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_create_prints_a_working_token_once_and_checks_its_arguments()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);

        var created = await RunAsync(app, "token", "create", "--user", "amara.okafor@anodyne.example", "--days", "10");
        var secret = created.Output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("ady_", StringComparison.Ordinal));
        using var client = Api.UsingApiTokens.Bearer(app, secret);
        var unknownUser = await RunAsync(app, "token", "create", "--user", "nobody@anodyne.example");
        var badDays = await RunAsync(app, "token", "create", "--user", "amara.okafor@anodyne.example", "--days", "ten");
        var noUser = await RunAsync(app, "token", "create");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(1, unknownUser.ExitCode);
        Assert.Equal(2, badDays.ExitCode);
        Assert.Contains("--days must be a whole number", badDays.Errors, StringComparison.Ordinal);
        Assert.Equal(2, noUser.ExitCode);
        Assert.Contains("needs --user", noUser.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_admin_makes_an_administrator_who_can_sign_in_with_the_printed_password()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);

        var result = await RunAsync(app, "create-admin", "--email", "new.admin@anodyne.example", "--name", "New Admin");
        var password = result.Output.Split(": ").Last().Trim();
        var again = await RunAsync(app, "create-admin", "--email", "new.admin@anodyne.example");

        Assert.Equal(0, result.ExitCode);
        var admin = await app.SignInAsync("new.admin@anodyne.example", password);
        Assert.Contains("Administration", await admin.GetPageAsync("/home"), StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
    }

    [Fact]
    public async Task Seed_demo_refuses_a_database_that_already_has_accounts()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);

        var result = await RunAsync(app, "seed-demo");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already has accounts", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);

        var result = await RunAsync(app, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_backup_taken_while_the_clinic_runs_restores_every_record_and_an_intact_trail(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Postgres && !ToolOnPath("pg_dump"))
        {
            Assert.Skip("pg_dump is not installed.");
        }

        await using var app = await ClinicApp.StartAsync(kind);
        var file = Path.Combine(app.DataDirectory, "backup.bak");
        var patientsAtBackup = await app.WithDatabaseAsync(db => db.Patients.CountAsync());
        var appointmentsAtBackup = await app.WithDatabaseAsync(db => db.Appointments.CountAsync());

        var backup = await RunAsync(app, "backup", "--to", file);
        // The visits the controlled-substance ledger names cannot be deleted (foreign key); the others are lost.
        await app.TamperAsync("DELETE FROM \"Appointments\" WHERE \"Id\" NOT IN (SELECT \"AppointmentId\" FROM \"StockMovements\" WHERE \"AppointmentId\" IS NOT NULL)");
        var restore = await RunAsync(app, "restore", "--from", file);
        var again = await RunAsync(app, "backup", "--to", file);

        Assert.True(backup.ExitCode == 0, backup.Errors);
        Assert.True(restore.ExitCode == 0, restore.Errors + restore.Output);
        Assert.Contains("intact", restore.Output, StringComparison.Ordinal);
        Assert.Equal(patientsAtBackup, await app.WithDatabaseAsync(db => db.Patients.CountAsync()));
        Assert.Equal(appointmentsAtBackup, await app.WithDatabaseAsync(db => db.Appointments.CountAsync()));
        Assert.Equal(0, (await RunAsync(app, "verify-audit")).ExitCode);
        Assert.Equal(1, again.ExitCode);
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_backup_changes_nothing()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        var file = Path.Combine(app.DataDirectory, "not-a-backup.db");
        await File.WriteAllTextAsync(file, "this is not a database");
        var patients = await app.WithDatabaseAsync(db => db.Patients.CountAsync());

        var result = await RunAsync(app, "restore", "--from", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing was changed", result.Errors, StringComparison.Ordinal);
        Assert.Equal(patients, await app.WithDatabaseAsync(db => db.Patients.CountAsync()));
    }

    private sealed record Outcome(int ExitCode, string Output, string Errors);

    /// <summary>Builds a second host on the app's own database and settings, as the command line would.</summary>
    private static async Task<Outcome> RunAsync(ClinicApp app, params string[] args)
    {
        var settings = app.Settings.Select(s => $"--{s.Key}={s.Value}").Append("--environment=Testing").ToArray();
        await using var host = ClinicHost.Build(settings);
        var command = ClinicCommand.Parse(args) ?? throw new InvalidOperationException("not a command");
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await command.RunAsync(host, output, errors);
        return new Outcome(exit, output.ToString(), errors.ToString());
    }

    private static bool ToolOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
}

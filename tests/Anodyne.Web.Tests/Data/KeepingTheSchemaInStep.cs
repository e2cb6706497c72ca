using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Tests.Data;

public sealed class KeepingTheSchemaInStep
{
    [Fact]
    public void Both_migration_sets_match_the_model()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "Run dev/add-migration.sh: the SQLite migrations are behind the model.");
        Assert.False(postgres.Database.HasPendingModelChanges(), "Run dev/add-migration.sh: the PostgreSQL migrations are behind the model.");
    }

    [Fact]
    public void Every_migration_exists_for_both_databases_with_its_designer_file()
    {
        var root = Path.Combine(FindRepositoryRoot(), "src", "Anodyne.Web", "Data", "Migrations");
        string[] Names(string provider) => Directory.GetFiles(Path.Combine(root, provider), "*.cs")
            .Select(Path.GetFileName).OfType<string>()
            .Where(f => !f.Contains("ModelSnapshot", StringComparison.Ordinal) && !f.EndsWith(".Designer.cs", StringComparison.Ordinal))
            .Select(f => f[15..]).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Names("Sqlite"), Names("Postgres"));
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.EndsWith(".Designer.cs", StringComparison.Ordinal) && !f.Contains("ModelSnapshot", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(file.Replace(".cs", ".Designer.cs", StringComparison.Ordinal)), $"{file} has no Designer file");
        }
    }

    [Fact]
    public void A_clinic_day_across_the_spring_clock_change_is_23_hours()
    {
        var clock = new ClinicClock(TimeProvider.System, Options.Create(new ClinicOptions { TimeZone = "America/New_York" }));

        // US daylight saving time began at 02:00 on Sunday 8 March 2026.
        var (start, end) = clock.DayBounds(new DateOnly(2026, 3, 8));

        Assert.Equal(new DateTime(2026, 3, 8, 5, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(TimeSpan.FromHours(23), end - start);
    }

    [Fact]
    public async Task Every_sqlite_connection_runs_in_wal_mode_with_full_sync_and_foreign_keys()
    {
        await using var app = await Infrastructure.ClinicApp.StartAsync(Infrastructure.DatabaseKind.Sqlite);

        var (journal, synchronous, foreignKeys) = await app.WithDatabaseAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            async Task<string> Pragma(string name)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA {name}";
                return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            return (await Pragma("journal_mode"), await Pragma("synchronous"), await Pragma("foreign_keys"));
        });

        Assert.Equal("wal", journal);
        Assert.Equal("2", synchronous); // 2 = FULL
        Assert.Equal("1", foreignKeys);
    }

    [Theory]
    [InlineData("Production", "true", false)]
    [InlineData("Production", null, false)]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    [InlineData("Testing", "true", true)]
    [InlineData("Staging", null, false)]
    public void The_demo_clinic_is_never_created_in_production(string environment, string? setting, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:SeedOnFirstRun"] = setting })
            .Build();
        var host = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment };

        Assert.Equal(expected, ClinicStartup.ShouldSeedDemo(host, configuration));
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Anodyne.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}

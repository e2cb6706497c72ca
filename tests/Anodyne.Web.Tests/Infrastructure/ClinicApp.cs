using Anodyne.Web.Data;
using Anodyne.Web.Features.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Anodyne.Web.Tests.Infrastructure;

/// <summary>
/// The real clinic app in memory, on a fresh database of the given kind, with the demo clinic seeded and a clock
/// the test controls. Tests talk to it through <see cref="ClinicClient"/>.
/// </summary>
public sealed class ClinicApp : WebApplicationFactory<Program>
{
    /// <summary>Monday 2 March 2026, 09:00 in the clinic's time zone (America/New_York).</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;

    private ClinicApp(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    {
        _database = database;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Kind.ToString(),
            ["ConnectionStrings:Clinic"] = database.ConnectionString,
            ["Demo:SeedOnFirstRun"] = "true",
            ["Audit:KeyFile"] = Path.Combine(database.Directory, "audit.key"),
            ["Audit:AnchorFile"] = Path.Combine(database.Directory, "audit.anchor"),
            ["DataProtection:KeyDirectory"] = Path.Combine(database.Directory, "keys"),
            // Tests share one client address; the rate-limit test sets its own low limit.
            ["PublicForms:PermitLimit"] = "10000",
            ["Security:SignInAttemptsPerAddress"] = "100000",
            ["Security:ApiRequestsPerMinute"] = "1000000",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public DatabaseKind Kind => _database.Kind;

    public string DataDirectory => _database.Directory;

    public static async Task<ClinicApp> StartAsync(DatabaseKind kind, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var app = new ClinicApp(database, settings ?? new Dictionary<string, string?>());
        app.StartServer();
        return app;
    }

    /// <summary>The settings the app was started with, for tests that build a second host on the same data.</summary>
    public IReadOnlyDictionary<string, string?> Settings => _settings;

    public ClinicClient CreateClinicClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<ClinicClient> SignInAsync(string email, string password = DemoClinic.Password)
    {
        var client = CreateClinicClient();
        await client.SignInAsync(email, password);
        return client;
    }

    public async Task<T> WithDatabaseAsync<T>(Func<ClinicDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ClinicDbContext>());
    }

    public async Task WithDatabaseAsync(Func<ClinicDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ClinicDbContext>());
    }

    /// <summary>
    /// Runs raw SQL as an intruder with full database access would: first removing the triggers that keep the
    /// audit trail append-only, then changing rows behind the app's back.
    /// </summary>
    public Task<int> TamperAsync(string sql) =>
        WithDatabaseAsync(async db =>
        {
            var dropTriggers = Kind == DatabaseKind.Sqlite
                ? "DROP TRIGGER IF EXISTS \"AuditEntries_NoUpdate\"; DROP TRIGGER IF EXISTS \"AuditEntries_NoDelete\";"
                : "DROP TRIGGER IF EXISTS \"AuditEntries_NoChange\" ON \"AuditEntries\"; DROP TRIGGER IF EXISTS \"AuditEntries_NoTruncate\" ON \"AuditEntries\";";
            await db.Database.ExecuteSqlRawAsync(dropTriggers);
            return await db.Database.ExecuteSqlRawAsync(sql);
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

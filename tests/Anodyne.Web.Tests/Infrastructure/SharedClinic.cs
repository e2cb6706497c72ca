using Anodyne.Web.Features.Demo;
using Anodyne.Web.Infrastructure.Auth;

[assembly: AssemblyFixture(typeof(Anodyne.Web.Tests.Infrastructure.SharedClinic))]

namespace Anodyne.Web.Tests.Infrastructure;

/// <summary>
/// One demo clinic per database, shared by tests that only add their own data and never change the clock or
/// shared accounts. Tests that do either start a <see cref="ClinicApp"/> of their own.
/// </summary>
public sealed class SharedClinic : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<DatabaseKind, ClinicApp> _apps = [];
    private readonly Dictionary<(DatabaseKind, string), ClinicClient> _clients = [];

    public static readonly IReadOnlyDictionary<string, string> DemoSignIn = new Dictionary<string, string>
    {
        [ClinicRoles.Administrator] = "admin@anodyne.example",
        [ClinicRoles.Physician] = "amara.okafor@anodyne.example",
        [ClinicRoles.Nurse] = "rosa.rivera@anodyne.example",
        [ClinicRoles.FrontDesk] = "sam.patel@anodyne.example",
        [ClinicRoles.Patient] = "laura.bennett@patients.example",
    };

    /// <summary>Laura Bennett, the demo patient with a portal account.</summary>
    public static readonly Guid PortalPatientId = DemoPeople.Patients[0].Id;

    /// <summary>Marcus Hale, the other demo patient with a portal account.</summary>
    public static readonly Guid OtherPortalPatientId = DemoPeople.Patients[1].Id;

    public async Task<ClinicApp> AppAsync(DatabaseKind kind)
    {
        Databases.RequireAvailable(kind);
        await _gate.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(kind, out var app))
            {
                app = await ClinicApp.StartAsync(kind);
                _apps[kind] = app;
            }

            return app;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A signed-in client for a demo account of the role; reused, so tests must not sign it out.</summary>
    public async Task<ClinicClient> ClientAsync(DatabaseKind kind, string role)
    {
        var app = await AppAsync(kind);
        await _gate.WaitAsync();
        try
        {
            if (!_clients.TryGetValue((kind, role), out var client))
            {
                client = await app.SignInAsync(DemoSignIn[role]);
                _clients[(kind, role)] = client;
            }

            return client;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }

        _gate.Dispose();
    }
}

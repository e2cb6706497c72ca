using Npgsql;

namespace Anodyne.Web.Tests.Infrastructure;

/// <summary>A fresh, empty database for one app instance: a temporary SQLite file, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;

    private TestDatabase(DatabaseKind kind, string connectionString, string directory, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        Directory = directory;
        _postgresName = postgresName;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    /// <summary>Scratch directory for this app: SQLite file, audit key and anchor, data-protection keys.</summary>
    public string Directory { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        Databases.RequireAvailable(kind);
        var directory = Path.Combine(Path.GetTempPath(), "anodyne-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        if (kind == DatabaseKind.Sqlite)
        {
            return new TestDatabase(kind, $"Data Source={Path.Combine(directory, "clinic.db")}", directory, null);
        }

        var name = "anodyne_" + Guid.NewGuid().ToString("N")[..16];
        await using (var server = new NpgsqlConnection(Databases.PostgresServer))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(Databases.PostgresServer) { Database = name };
        return new TestDatabase(kind, builder.ToString(), directory, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(Databases.PostgresServer);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled connection; the temp directory is cleaned by the OS later.
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anodyne.Web.Data;

/// <summary>
/// Set on every SQLite connection: WAL with synchronous=FULL so that an acknowledged commit survives power loss,
/// foreign keys on, and a busy timeout so concurrent writers wait rather than fail
/// (shared/design/security-and-reliability.md, B4).
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }
}

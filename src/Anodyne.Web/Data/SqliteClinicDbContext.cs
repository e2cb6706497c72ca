using Anodyne.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Data;

public sealed class SqliteClinicDbContext(DbContextOptions<SqliteClinicDbContext> options, AuditWriter auditWriter)
    : ClinicDbContext(options, auditWriter)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>
    /// SQLite has one writer at a time and Microsoft.Data.Sqlite begins transactions IMMEDIATE, so the write lock
    /// is already held when the chain head is read.
    /// </summary>
    public override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

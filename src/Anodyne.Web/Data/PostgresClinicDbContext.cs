using Anodyne.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Data;

public sealed class PostgresClinicDbContext(DbContextOptions<PostgresClinicDbContext> options, AuditWriter auditWriter)
    : ClinicDbContext(options, auditWriter)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
                // The key is arbitrary but fixed: one advisory lock serialises audit appends across all app instances.
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(724100201)", cancellationToken);
}

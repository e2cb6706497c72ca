using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anodyne.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClinicDbContext>
{
    public PostgresClinicDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresClinicDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options, DesignTime.AuditWriter());
}

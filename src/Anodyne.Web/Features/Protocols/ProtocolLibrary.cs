using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Protocols;

/// <summary>Reading protocol versions: the newest of each, a given version, and saving the next version.</summary>
public sealed class ProtocolLibrary(ClinicDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProtocolVersion>> CurrentAsync(CancellationToken cancellationToken)
    {
        var all = await db.Set<ProtocolVersion>().AsNoTracking().ToListAsync(cancellationToken);
        return all.GroupBy(p => p.Code).Select(g => g.MaxBy(p => p.Version)!).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public Task<ProtocolVersion?> CurrentAsync(string code, CancellationToken cancellationToken) =>
        db.Set<ProtocolVersion>().AsNoTracking().Where(p => p.Code == code).OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);

    public Task<ProtocolVersion?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<ProtocolVersion>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ProtocolVersion>> VersionsAsync(string code, CancellationToken cancellationToken) =>
        await db.Set<ProtocolVersion>().AsNoTracking().Where(p => p.Code == code).OrderByDescending(p => p.Version).ToListAsync(cancellationToken);

    public async Task<ProtocolVersion> SaveNextVersionAsync(ProtocolDraft draft, string savedByName, string? savedByUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var last = await db.Set<ProtocolVersion>().Where(p => p.Code == draft.Code).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
        var version = ProtocolVersion.Save(draft, last + 1, savedByName, savedByUserId, clock.GetUtcNow().UtcDateTime);
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }
}

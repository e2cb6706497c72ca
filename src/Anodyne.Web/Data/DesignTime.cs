using System.Security.Cryptography;
using Anodyne.Web.Infrastructure.Auditing;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Data;

/// <summary>Throwaway collaborators for the design-time factories; nothing is ever saved through them.</summary>
internal static class DesignTime
{
    public static AuditWriter AuditWriter() => new(
        new AuditChain(new AuditKey(RandomNumberGenerator.GetBytes(32))),
        new CurrentActor(new HttpContextAccessor()),
        TimeProvider.System,
        new AuditAnchor(Options.Create(new AuditOptions()), new HostingEnvironment { ContentRootPath = Path.GetTempPath() }));
}

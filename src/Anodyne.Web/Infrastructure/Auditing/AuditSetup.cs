using Microsoft.Extensions.Options;

namespace Anodyne.Web.Infrastructure.Auditing;

public static class AuditSetup
{
    public static IServiceCollection AddClinicAudit(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section);
        services.AddSingleton(sp => AuditKey.Load(sp.GetRequiredService<IOptions<AuditOptions>>().Value, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<AuditChain>();
        services.AddSingleton<AuditAnchor>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<AuditWriter>();
        services.AddScoped<AuditVerifier>();
        services.AddHttpContextAccessor();
        return services;
    }
}

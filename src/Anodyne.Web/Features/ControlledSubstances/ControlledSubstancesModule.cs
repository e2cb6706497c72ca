namespace Anodyne.Web.Features.ControlledSubstances;

public static class ControlledSubstancesModule
{
    public static IServiceCollection AddControlledSubstances(this IServiceCollection services)
    {
        services.AddOptions<ControlledSubstancesOptions>().BindConfiguration(ControlledSubstancesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ControlledLedger>();
        services.AddScoped<ControlledSubstanceAuthority>();
        services.AddScoped<SessionDispensing>();
        services.AddScoped<StockHandling>();
        services.AddScoped<BlindCounting>();
        services.AddScoped<DiscrepancyChecks>();
        services.AddScoped<ControlledReports>();
        return services;
    }
}

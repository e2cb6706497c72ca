namespace Anodyne.Web.Infrastructure.Time;

public static class TimeSetup
{
    public static IServiceCollection AddClinicTime(this IServiceCollection services)
    {
        services.AddOptions<ClinicOptions>().BindConfiguration(ClinicOptions.Section).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Clinic:TimeZone is not a known time zone.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ClinicClock>();
        return services;
    }
}

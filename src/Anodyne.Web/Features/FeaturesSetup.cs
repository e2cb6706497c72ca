using Anodyne.Web.Data;
using Anodyne.Web.Features.Account;
using Anodyne.Web.Features.Admin;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Features.Fhir;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Portal;
using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Web.Features;

/// <summary>Registers and maps every clinical area. Each area's pages live in its folder under Features/.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddClinicFeatures(this IServiceCollection services)
    {
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o => o.Filters.Add<TwoFactorEnrolmentFilter>());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "anodyne.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        services.AddHealthChecks().AddDbContextCheck<ClinicDbContext>("database");
        services.AddHostedService<ClinicStartup>();

        services.AddScoped<DemoClinic>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<AccessHistory>();
        services.AddScoped<PatientQueries>();
        services.AddScoped<NewPatient.Handler>();
        services.AddFhir();
        return services;
    }

    public static WebApplication MapClinicFeatures(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapClinicHealth();
        app.MapOpenApi("/api/{documentName}/openapi.json").RequireAuthorization(Policies.Staff);

        var api = app.MapGroup("/api/v1");
        api.MapAccountApi();
        api.MapPatientsApi();
        api.MapAuditApi();
        app.MapFhir();
        return app;
    }
}

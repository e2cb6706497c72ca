using System.Text.Encodings.Web;
using System.Text.Unicode;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Account;
using Anodyne.Web.Features.Admin;
using Anodyne.Web.Features.ControlledSubstances;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Features.Orders;
using Anodyne.Web.Features.Fhir;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Outcomes;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Portal;
using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Features.PublicSite;
using Anodyne.Web.Features.Requests;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.WebEncoders;

namespace Anodyne.Web.Features;

/// <summary>Registers and maps every clinical area. Each area's pages live in its folder under Features/.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddClinicFeatures(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                // Spanish addresses of the public pages and forms: the same pages under "/es".
                o.Conventions.AddPageRoute("/Home/Index", "es");
                o.Conventions.AddPageRoute("/PublicSite/Info", "es/info/{slug}");
                o.Conventions.AddPageRoute("/Requests/Request", "contact");
                o.Conventions.AddPageRoute("/Requests/Request", "es/request");
                o.Conventions.AddPageRoute("/Requests/Request", "es/contact");
                o.Conventions.AddPageRoute("/Requests/Sent", "es/request/sent");
                o.Conventions.AddPageRoute("/Outcomes/Diary", "es/portal/diary");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<TwoFactorEnrolmentFilter>();
                o.ModelBinderProviders.Insert(0, new YesNoModelBinderProvider());
            });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "anodyne.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            // Nested types are named with their use case (Hit6Calculation.Request is "Hit6CalculationRequest"),
            // so that two use cases' Request or Result never share one schema.
            o.CreateSchemaReferenceId = type => OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } id && type.Type.DeclaringType is { } outer
                ? outer.Name + id
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        });
        services.AddHealthChecks().AddDbContextCheck<ClinicDbContext>("database");
        services.AddHostedService<ClinicStartup>();

        services.AddScoped<DemoClinic>();
        services.AddScoped<DemoOrders>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<AccessHistory>();
        services.AddScoped<PatientQueries>();
        services.AddScoped<NewPatient.Handler>();
        // Spanish pages keep their accented letters as they are; markup characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<PublicContent>();
        services.AddScoped<Consent.ConsentTexts>();
        services.AddPublicFormLimits();
        services.AddRequestLimits();
        services.AddScoped<ProtocolLibrary>();
        services.AddScoped<BuiltInProtocols>();
        services.AddScoped<OrderQueries>();
        services.AddFhir();
        services.AddOutcomes();
        services.AddControlledSubstances();
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
        api.MapCalculatorsApi();
        api.MapOutcomesApi();
        api.MapControlledSubstancesApi();
        api.MapOrderCalculatorsApi();
        app.MapFhir();
        return app;
    }
}

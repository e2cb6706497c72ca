using Anodyne.Web.Data;
using Anodyne.Web.Features;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Errors;
using Anodyne.Web.Infrastructure.Time;

namespace Anodyne.Web;

/// <summary>Builds the clinic application: services by area, then the request pipeline.</summary>
public static class ClinicHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services
            .AddClinicTime()
            .AddClinicAudit()
            .AddClinicDatabase(builder.Configuration, builder.Environment)
            .AddClinicAuth(builder.Configuration)
            .AddClinicErrorHandling()
            .AddClinicFeatures();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 10 * 1024 * 1024;
        });

        var app = builder.Build();
        app.UseClinicErrorHandling();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapClinicFeatures();
        return app;
    }
}

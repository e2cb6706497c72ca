using Anodyne.Web.Data;
using Anodyne.Web.Features;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Errors;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.DataProtection;

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
        // Keys that protect sign-in cookies live beside the data, so sessions survive a restart of the clinic's server.
        builder.Services.AddDataProtection()
            .SetApplicationName("Anodyne")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(builder.Configuration["DataProtection:KeyDirectory"] ?? "data/keys", builder.Environment.ContentRootPath)));
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
        // After authentication, so API limits can count per user or token.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapClinicFeatures();
        return app;
    }
}

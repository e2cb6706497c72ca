using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Anodyne.Web.Features.PublicSite;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Features.Requests;

/// <summary>How many public form posts one client address may make in a window (setting "PublicForms").</summary>
public sealed class PublicFormOptions
{
    [Range(1, 10000)]
    public int PermitLimit { get; set; } = 5;

    [Range(1, 1440)]
    public int WindowMinutes { get; set; } = 10;
}

/// <summary>The rate limit on the anonymous forms' posts, per client address, with a friendly 429 page (sent by <see cref="Infrastructure.Auth.RequestLimits"/>).</summary>
public static class PublicFormLimits
{
    public const string Policy = "public-forms";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IServiceCollection AddPublicFormLimits(this IServiceCollection services)
    {
        services.AddOptions<PublicFormOptions>().BindConfiguration("PublicForms").ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context =>
            {
                // Reading the form is free; only sending it counts.
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var settings = context.RequestServices.GetRequiredService<IOptions<PublicFormOptions>>().Value;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = TimeSpan.FromMinutes(settings.WindowMinutes),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>The friendly 429 page of the public site, in the visitor's language.</summary>
    public static async Task WriteTooManyRequestsPageAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var spanish = PublicLanguage.Of(http.Request) == PublicLanguage.Spanish;
        var (lang, title, text, back) = spanish
            ? ("es", "Demasiados envíos", "Hemos recibido muchos envíos desde su conexión en poco tiempo. Espere unos minutos y vuelva a intentarlo, o llámenos.", "Volver al inicio")
            : ("en", "Too many requests", "We have received many forms from your connection in a short time. Please wait a few minutes and try again, or call us.", "Back to the home page");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main"><h1>{title}</h1><p>{Html.Encode(text)}</p><p><a href="{(spanish ? "/es" : "/")}">{back}</a></p>
            <p class="disclaimer">{Html.Encode(PublicPages.Disclaimer(lang))}</p></main></body></html>
            """, cancellationToken);
    }
}

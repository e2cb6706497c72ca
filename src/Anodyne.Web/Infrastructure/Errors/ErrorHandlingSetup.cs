using Anodyne.Web.Features.Fhir;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;

namespace Anodyne.Web.Infrastructure.Errors;

public static class ErrorHandlingSetup
{
    /// <summary>Largest JSON body the API accepts; uploads get their own limit where they exist.</summary>
    public const long MaxApiBodyBytes = 1024 * 1024;

    public static IServiceCollection AddClinicErrorHandling(this IServiceCollection services)
    {
        // FHIR callers get OperationOutcome; registered before the default writer so that it is asked first.
        services.AddSingleton<IProblemDetailsWriter, OperationOutcomeWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance = null;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (context.HttpContext.Items[ApiTokenAuthenticationHandler.FailureItem] is string tokenFailure)
            {
                context.ProblemDetails.Detail ??= tokenFailure;
            }
        });
        services.AddExceptionHandler<ClinicExceptionHandler>();
        // Malformed JSON raises an exception that the handler above turns into a clear 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.MaxDepth = 32;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        return services;
    }

    public static WebApplication UseClinicErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseWhen(c => ApiPaths.IsApi(c.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(c => !ApiPaths.IsApi(c.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.Use(RefuseOversizedBodies);
        return app;
    }

    private static Task RefuseOversizedBodies(HttpContext context, RequestDelegate next)
    {
        if (ApiPaths.IsApi(context.Request.Path))
        {
            if (context.Request.ContentLength > MaxApiBodyBytes)
            {
                throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxApiBodyBytes;
            }
        }

        return next(context);
    }
}

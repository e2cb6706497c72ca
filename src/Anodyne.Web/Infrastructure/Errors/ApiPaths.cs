namespace Anodyne.Web.Infrastructure.Errors;

/// <summary>Requests answered with JSON (problem details) rather than HTML pages.</summary>
public static class ApiPaths
{
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/fhir") || path.StartsWithSegments("/health");
}

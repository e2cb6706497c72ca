namespace Anodyne.Web.Features.PublicSite;

/// <summary>
/// The public pages speak English at their plain address and Spanish under the "/es" prefix
/// ("/info/faq" and "/es/info/faq"), so both are server-rendered and can be linked and bookmarked.
/// </summary>
public static class PublicLanguage
{
    public const string English = "en";

    public const string Spanish = "es";

    public static readonly IReadOnlyList<string> All = [English, Spanish];

    public static string Of(HttpRequest request) =>
        request.Path.StartsWithSegments("/es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    /// <summary>The address of an English path in the given language ("/" becomes "/es").</summary>
    public static string PathFor(string language, string englishPath) =>
        language == Spanish ? (englishPath == "/" ? "/es" : "/es" + englishPath) : englishPath;

    /// <summary>The same page in the other language.</summary>
    public static string SwitchPath(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        if (Of(request) == Spanish)
        {
            var rest = path.Length > 3 ? path[3..] : "/";
            return rest.Length == 0 ? "/" : rest;
        }

        return PathFor(Spanish, path);
    }

    public static bool IsKnown(string? language) => language is English or Spanish;
}

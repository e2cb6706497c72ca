namespace Anodyne.Web.BrowserTests.Infrastructure;

/// <summary>
/// Finds the Chromium the tests drive: the one named by ANODYNE_CHROMIUM, else "chromium" on the PATH. Browsers are
/// never downloaded; a machine without Chromium skips the suite unless ANODYNE_REQUIRE_BROWSER=1 makes that a failure.
/// </summary>
public static class Chromium
{
    public const string PathVariable = "ANODYNE_CHROMIUM";

    public const string RequireVariable = "ANODYNE_REQUIRE_BROWSER";

    public static IReadOnlyList<string> LaunchArguments { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The executable, or null with the reason it was not found.</summary>
    public static (string? Path, string? Missing) Find()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? (configured, null)
                : (null, $"{PathVariable} names '{configured}', which does not exist.");
        }

        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var directory in directories)
        {
            var candidate = Path.Combine(directory, "chromium");
            if (File.Exists(candidate))
            {
                return (candidate, null);
            }
        }

        return (null, $"No Chromium found: set {PathVariable} to its executable or put 'chromium' on the PATH (e.g. apt-get install chromium).");
    }
}

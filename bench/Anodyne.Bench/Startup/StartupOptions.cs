using System.Globalization;

namespace Anodyne.Bench.Startup;

/// <summary>Command-line options of the startup benchmark.</summary>
public sealed record StartupOptions(
    string Root,
    string ClinicDll,
    string BaselineDll,
    int Runs,
    int PageRounds,
    TimeSpan Settle,
    TimeSpan Timeout,
    bool Build,
    bool KeepTemp)
{
    public const string Help = """
        startup options:
          --runs N           starts of each kind (default 5)
          --page-rounds N    times each role's pages are loaded after signing in (default 3)
          --settle-ms MS     wait before reading the idle working set (default 1000)
          --timeout-s S      give up on the whole measurement after S seconds (default 170)
          --no-build         use the existing Release builds instead of running dotnet build first
          --root DIR         repository root (default: found from the working directory)
          --clinic DLL       the clinic to start (default: artifacts/bin/Anodyne.Web/release/Anodyne.Web.dll)
          --baseline DLL     the baseline app (default: artifacts/bin/Anodyne.Bench.Baseline/release/Anodyne.Bench.Baseline.dll)
          --keep-temp        keep the temporary data folders for inspection
        """;

    public static StartupOptions Parse(IReadOnlyList<string> args)
    {
        string? root = null, clinic = null, baseline = null;
        int runs = 5, pageRounds = 3, settleMs = 1000, timeoutS = 170;
        bool build = true, keepTemp = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = Number(args, ref i, 1); break;
                case "--page-rounds": pageRounds = Number(args, ref i, 1); break;
                case "--settle-ms": settleMs = Number(args, ref i, 0); break;
                case "--timeout-s": timeoutS = Number(args, ref i, 10); break;
                case "--no-build": build = false; break;
                case "--keep-temp": keepTemp = true; break;
                case "--root": root = Value(args, ref i); break;
                case "--clinic": clinic = Value(args, ref i); break;
                case "--baseline": baseline = Value(args, ref i); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.\n{Help}");
            }
        }

        var repository = RepositoryRoot.Find(root);
        return new StartupOptions(
            repository,
            Path.GetFullPath(clinic ?? Path.Combine(repository, "artifacts", "bin", "Anodyne.Web", "release", "Anodyne.Web.dll")),
            Path.GetFullPath(baseline ?? Path.Combine(repository, "artifacts", "bin", "Anodyne.Bench.Baseline", "release", "Anodyne.Bench.Baseline.dll")),
            runs,
            pageRounds,
            TimeSpan.FromMilliseconds(settleMs),
            TimeSpan.FromSeconds(timeoutS),
            build,
            keepTemp);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int Number(IReadOnlyList<string> args, ref int i, int minimum)
    {
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum
            ? n
            : throw new ArgumentException($"{args[i - 1]} needs a whole number of at least {minimum}, not '{text}'.");
    }
}

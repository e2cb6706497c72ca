using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using static System.FormattableString;

namespace Anodyne.Bench.Startup;

/// <summary>Prints the runs as a short table: median, min and max, ratios to the baseline, and the issue's targets.</summary>
public sealed class StartupReport(StartupOptions options)
{
    /// <summary>Targets from the issue; reported beside the figures, not enforced.</summary>
    public static readonly TimeSpan ColdStartTarget = TimeSpan.FromSeconds(2);

    public const long WorkingSetTarget = 200L * 1024 * 1024;

    private const string Ms = "0";
    private const string Size = "0.0";
    private const string Ratio = "0.00'x'";

    private readonly List<RunSample> _runs = [];

    public int Runs => _runs.Count;

    public void Add(RunSample sample) => _runs.Add(sample);

    public static double MiB(long bytes) => bytes / (1024.0 * 1024.0);

    public void PrintHeader()
    {
        Console.WriteLine(Invariant($"Anodyne startup benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {options.Runs} runs of baseline, cold and warm start"));
        Console.WriteLine(Invariant($"  machine: {Environment.ProcessorCount} CPUs ({CpuModel()}), {RuntimeInformation.OSDescription}"));
        Console.WriteLine(Invariant($"  runtime: {RuntimeInformation.FrameworkDescription}; GC: clinic {GcMode(options.ClinicDll)}, baseline {GcMode(options.BaselineDll)}"));
        Console.WriteLine(Invariant($"  clinic:  {options.ClinicDll}"));
        Console.WriteLine(Invariant($"  started with ASPNETCORE_ENVIRONMENT=Development, logging at Warning, on 127.0.0.1; a new SQLite database per run"));
    }

    public void PrintSummary()
    {
        var requests = _runs[0].BaselineRequests;
        var cold = Stats(_runs.Select(r => r.ColdStart.TotalMilliseconds));
        var peak = Stats(_runs.Select(r => MiB(r.ClinicPeak)));

        Console.WriteLine();
        Console.WriteLine(Invariant($"{"Start to first 200 from /health (ms)",-44}{"median",10}{"min",10}{"max",10}  target"));
        Row("baseline app", _runs.Select(r => r.BaselineStart.TotalMilliseconds), Ms);
        Row("clinic, cold (new database, demo seeded)", _runs.Select(r => r.ColdStart.TotalMilliseconds), Ms,
            Verdict(cold.Median < ColdStartTarget.TotalMilliseconds, Invariant($"< {ColdStartTarget.TotalMilliseconds:0} ms")));
        Row("clinic, warm (same database again)", _runs.Select(r => r.WarmStart.TotalMilliseconds), Ms);

        Console.WriteLine();
        Console.WriteLine(Invariant($"{"Working set (VmRSS, MiB)",-44}{"median",10}{"min",10}{"max",10}  target"));
        Row("baseline, idle", _runs.Select(r => MiB(r.BaselineIdle)), Size);
        Row(Invariant($"baseline, after {requests} requests"), _runs.Select(r => MiB(r.BaselineLoaded)), Size);
        Row("clinic, idle after cold start", _runs.Select(r => MiB(r.ColdIdle)), Size);
        Row("clinic, idle after warm start", _runs.Select(r => MiB(r.WarmIdle)), Size);
        for (var i = 0; i < _runs[0].Roles.Count; i++)
        {
            var role = _runs[0].Roles[i].Role;
            Row("  + signed in as " + role, _runs.Select(r => MiB(r.Roles[i].AfterSignIn)), Size);
            Row(Invariant($"  + {role} pages x{options.PageRounds}"), _runs.Select(r => MiB(r.Roles[i].AfterPages)), Size);
        }

        Row("clinic, peak of the above", _runs.Select(r => MiB(r.ClinicPeak)), Size,
            Verdict(peak.Median < MiB(WorkingSetTarget), Invariant($"< {MiB(WorkingSetTarget):0} MiB")));

        Console.WriteLine();
        Console.WriteLine(Invariant($"{"Ratios to the baseline of the same run",-44}{"median",10}{"min",10}{"max",10}"));
        Row("cold start / baseline start", _runs.Select(r => r.ColdStart / r.BaselineStart), Ratio);
        Row("warm start / baseline start", _runs.Select(r => r.WarmStart / r.BaselineStart), Ratio);
        Row("idle RSS after warm start / baseline idle", _runs.Select(r => (double)r.WarmIdle / r.BaselineIdle), Ratio);
        Row("RSS after all roles / baseline loaded", _runs.Select(r => (double)r.ClinicLoaded / r.BaselineLoaded), Ratio);
        Console.WriteLine();
        Console.WriteLine("Targets are reported, not enforced; compare ratios between runs rather than absolute figures.");
    }

    /// <summary>One line: label, then median, min and max in the given format (milliseconds, MiB or a ratio).</summary>
    private static void Row(string label, IEnumerable<double> values, string format, string target = "")
    {
        var (median, min, max) = Stats(values);
        Console.WriteLine(Invariant($"  {label,-42}{median.ToString(format, CultureInfo.InvariantCulture),10}{min.ToString(format, CultureInfo.InvariantCulture),10}{max.ToString(format, CultureInfo.InvariantCulture),10}  {target}").TrimEnd());
    }

    private static string Verdict(bool pass, string target) => target + (pass ? "  PASS" : "  FAIL");

    private static (double Median, double Min, double Max) Stats(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return (median, sorted[0], sorted[^1]);
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    /// <summary>Server or workstation GC, as the app's runtimeconfig.json and any DOTNET_gcServer override decide.</summary>
    private static string GcMode(string dll)
    {
        var overridden = Environment.GetEnvironmentVariable("DOTNET_gcServer");
        if (!string.IsNullOrEmpty(overridden))
        {
            return overridden is "1" ? "server (DOTNET_gcServer=1)" : "workstation (DOTNET_gcServer=" + overridden + ")";
        }

        var config = Path.ChangeExtension(dll, ".runtimeconfig.json");
        if (!File.Exists(config))
        {
            return "unknown";
        }

        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var server = json.RootElement.TryGetProperty("runtimeOptions", out var runtime)
            && runtime.TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty("System.GC.Server", out var gc)
            && gc.ValueKind == JsonValueKind.True;
        return server ? "server" : "workstation";
    }
}

using System.Diagnostics;
using System.Runtime.InteropServices;
using static System.FormattableString;

namespace Anodyne.Bench.Startup;

/// <summary>
/// Starts the built clinic as its own process, again and again: cold (new database, so the demo clinic is seeded),
/// warm (the same database again), and a minimal baseline app the same way, interleaved so that drift on a shared
/// machine hits all three alike. Reads the working set idle and while each demo role signs in and opens its pages.
/// Prints medians and ratios to the baseline of the same run; targets are reported, never enforced.
/// </summary>
public static class StartupBenchmark
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(StartupOptions.Help);
            return 0;
        }

        StartupOptions options;
        try
        {
            options = StartupOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        using var stop = new CancellationTokenSource(options.Timeout);
        // Ctrl+C, kill, a closed terminal: stop measuring and unwind, so every app started here is stopped
        var signals = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            }))
            .ToList();

        var temp = Directory.CreateTempSubdirectory("anodyne-bench-").FullName;
        StartupReport? report = null;
        try
        {
            if (options.Build && !await BuildAsync(options, stop.Token))
            {
                return 1;
            }

            foreach (var dll in new[] { options.ClinicDll, options.BaselineDll })
            {
                if (!File.Exists(dll))
                {
                    Console.Error.WriteLine($"{dll} is missing: build it with dotnet build -c Release (or run bench/run.sh).");
                    return 1;
                }
            }

            report = new StartupReport(options);
            report.PrintHeader();
            var accounts = DemoAccount.OfEachRole();
            for (var run = 1; run <= options.Runs; run++)
            {
                var sample = await MeasureAsync(options, accounts, Path.Combine(temp, Invariant($"run-{run}")), stop.Token);
                report.Add(sample);
                Console.WriteLine(Invariant($"  run {run}/{options.Runs}: baseline {sample.BaselineStart.TotalMilliseconds:0} ms, cold {sample.ColdStart.TotalMilliseconds:0} ms, warm {sample.WarmStart.TotalMilliseconds:0} ms, peak {StartupReport.MiB(sample.ClinicPeak):0.0} MiB"));
            }

            report.PrintSummary();
            return 0;
        }
        catch (Exception e) when (stop.IsCancellationRequested && e is OperationCanceledException or InvalidOperationException or TimeoutException or HttpRequestException or IOException)
        {
            Console.Error.WriteLine(Invariant($"Stopped: interrupted, or the measurement took longer than {options.Timeout.TotalSeconds:0} s (--timeout-s)."));
            if (report is { Runs: > 0 })
            {
                Console.WriteLine(Invariant($"Figures from the {report.Runs} finished runs:"));
                report.PrintSummary();
            }

            return 1;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
        {
            Console.Error.WriteLine("The startup benchmark failed: " + e.Message);
            return 1;
        }
        finally
        {
            signals.ForEach(s => s.Dispose());
            if (options.KeepTemp)
            {
                Console.WriteLine("Data folders kept in " + temp);
            }
            else
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    /// <summary>One run: the baseline, then the clinic on a new database, then the clinic again on that database.</summary>
    private static async Task<RunSample> MeasureAsync(StartupOptions options, IReadOnlyList<DemoAccount> accounts, string data, CancellationToken cancellationToken)
    {
        var sample = new RunSample();
        var requests = accounts.Sum(a => 3 + (a.Pages.Count * options.PageRounds));

        await using (var baseline = await AppProcess.StartAsync("baseline app", options.BaselineDll, BaselineEnvironment(), HealthTimeout, cancellationToken))
        {
            sample.BaselineStart = baseline.TimeToHealthy;
            await Task.Delay(options.Settle, cancellationToken);
            sample.BaselineIdle = baseline.ResidentBytes();
            using var client = new HttpClient { BaseAddress = baseline.Address };
            for (var i = 0; i < requests; i++)
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                response.EnsureSuccessStatusCode();
            }

            sample.BaselineRequests = requests;
            sample.BaselineLoaded = baseline.ResidentBytes();
        }

        Directory.CreateDirectory(data);
        await using (var cold = await AppProcess.StartAsync("clinic (cold)", options.ClinicDll, ClinicEnvironment(data), HealthTimeout, cancellationToken))
        {
            sample.ColdStart = cold.TimeToHealthy;
            await Task.Delay(options.Settle, cancellationToken);
            sample.ColdIdle = cold.ResidentBytes();
        }

        await using (var warm = await AppProcess.StartAsync("clinic (warm)", options.ClinicDll, ClinicEnvironment(data), HealthTimeout, cancellationToken))
        {
            sample.WarmStart = warm.TimeToHealthy;
            await Task.Delay(options.Settle, cancellationToken);
            sample.WarmIdle = warm.ResidentBytes();
            foreach (var account in accounts)
            {
                using var visitor = new DemoVisitor(warm.Address);
                await visitor.SignInAsync(account, cancellationToken);
                var afterSignIn = warm.ResidentBytes();
                for (var round = 0; round < options.PageRounds; round++)
                {
                    foreach (var page in account.Pages)
                    {
                        await visitor.GetAsync(page, cancellationToken);
                    }
                }

                sample.Roles.Add(new RoleSample(account.Role, afterSignIn, warm.ResidentBytes()));
            }
        }

        return sample;
    }

    /// <summary>As a developer starts the clinic, but with every file it writes in this run's own folder.</summary>
    private static Dictionary<string, string?> ClinicEnvironment(string data) => new(BaselineEnvironment())
    {
        ["ConnectionStrings__Clinic"] = "Data Source=" + Path.Combine(data, "anodyne.db"),
        ["Audit__KeyFile"] = Path.Combine(data, "audit.key"),
        ["Audit__AnchorFile"] = Path.Combine(data, "audit.anchor"),
        ["DataProtection__KeyDirectory"] = Path.Combine(data, "keys"),
    };

    private static Dictionary<string, string?> BaselineEnvironment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static async Task<bool> BuildAsync(StartupOptions options, CancellationToken cancellationToken)
    {
        foreach (var project in new[] { "src/Anodyne.Web/Anodyne.Web.csproj", "bench/Anodyne.Bench.Baseline/Anodyne.Bench.Baseline.csproj" })
        {
            Console.WriteLine($"Building {project} (Release)...");
            var info = new ProcessStartInfo("dotnet", ["build", "-c", "Release", "--disable-build-servers", "-nologo", "-v", "quiet", project])
            {
                WorkingDirectory = options.Root,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var build = Process.Start(info) ?? throw new InvalidOperationException("dotnet build did not start.");
            try
            {
                var output = build.StandardOutput.ReadToEndAsync(cancellationToken);
                var errors = build.StandardError.ReadToEndAsync(cancellationToken);
                await build.WaitForExitAsync(cancellationToken);
                if (build.ExitCode != 0)
                {
                    Console.Error.WriteLine(await output + await errors);
                    Console.Error.WriteLine($"dotnet build {project} failed.");
                    return false;
                }
            }
            finally
            {
                if (!build.HasExited)
                {
                    build.Kill(entireProcessTree: true);
                }
            }
        }

        return true;
    }
}

public sealed record RoleSample(string Role, long AfterSignIn, long AfterPages);

/// <summary>What one run measured; times from process start to the first 200 from /health, sizes in bytes.</summary>
public sealed class RunSample
{
    public TimeSpan BaselineStart { get; set; }

    public long BaselineIdle { get; set; }

    public int BaselineRequests { get; set; }

    public long BaselineLoaded { get; set; }

    public TimeSpan ColdStart { get; set; }

    public long ColdIdle { get; set; }

    public TimeSpan WarmStart { get; set; }

    public long WarmIdle { get; set; }

    public List<RoleSample> Roles { get; } = [];

    /// <summary>The clinic after every role has signed in and opened its pages.</summary>
    public long ClinicLoaded => Roles.Count > 0 ? Roles[^1].AfterPages : WarmIdle;

    public long ClinicPeak => new[] { ColdIdle, WarmIdle }.Concat(Roles.SelectMany(r => new[] { r.AfterSignIn, r.AfterPages })).Max();
}

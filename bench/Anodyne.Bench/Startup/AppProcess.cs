using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Anodyne.Bench.Startup;

/// <summary>
/// One web app started as its own OS process (<c>dotnet app.dll --urls http://127.0.0.1:port</c>), timed from the
/// moment it is started to its first 200 from /health. Every process started here is killed when it is disposed,
/// and any still alive when the benchmark exits (normally, by exception, Ctrl+C or SIGTERM) is killed then.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private const int OutputLinesKept = 60;
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly Process _process;
    private readonly string _name;
    private readonly ConcurrentQueue<string> _output = new();

    static AppProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    private AppProcess(string name, Process process, Uri address)
    {
        _name = name;
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>From starting the process to the first 200 from /health.</summary>
    public TimeSpan TimeToHealthy { get; private set; }

    public static async Task<AppProcess> StartAsync(string name, string dll, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var info = new ProcessStartInfo(DotnetHost())
        {
            // the content root is the app's own folder, so it reads its appsettings.json as it would when deployed
            WorkingDirectory = Path.GetDirectoryName(dll),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
        {
            info.Environment.Remove(inherited);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start.");
        Running[process.Id] = process;
        var app = new AppProcess(name, process, address);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            app.TimeToHealthy = await app.WaitForHealthAsync(started, timeout, cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>The resident set size (VmRSS) of the process, in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return long.Parse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"No VmRSS for process {_process.Id}.");
    }

    /// <summary>Asks the app to shut down (SIGTERM, as systemd would), so SQLite closes cleanly; kills it if it lingers.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        try
        {
            using var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
            if (term is not null)
            {
                await term.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            Kill(_process);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            Kill(_process);
            Running.TryRemove(_process.Id, out _);
            _process.Dispose();
        }
    }

    public string OutputTail() => string.Join('\n', _output);

    private static void KillAll()
    {
        foreach (var process in Running.Values)
        {
            Kill(process);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }
    }

    private async Task<TimeSpan> WaitForHealthAsync(long started, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1), PooledConnectionLifetime = TimeSpan.Zero })
        {
            BaseAddress = Address,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        try
        {
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"{_name} exited with code {_process.ExitCode} before /health answered. Its last output:\n{OutputTail()}");
                }

                try
                {
                    using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), deadline.Token);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return Stopwatch.GetElapsedTime(started);
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(10, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"{_name} gave no 200 from /health within {timeout.TotalSeconds:0} s. Its last output:\n{OutputTail()}"));
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > OutputLinesKept)
        {
            _output.TryDequeue(out _);
        }
    }

    /// <summary>The dotnet host: the one that runs the bench's build (set by the SDK) or the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Anodyne.Bench.Micro;

/// <summary>
/// Runs the BenchmarkDotNet classes in this process (no generated project to build), writing reports under
/// artifacts/bench. Each class marks one benchmark as the baseline, so the Ratio column is the figure to compare.
/// </summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            // one launch, 6 warm-up and 20 measured iterations: about a minute for the lot on a 2-core machine
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(6).WithIterationCount(20))
            .WithArtifactsPath(Path.Combine(RepositoryRoot.Find(null), "artifacts", "bench"));
        var summary = BenchmarkRunner.Run<AuditHashBenchmarks>(config, args);
        return summary.HasCriticalValidationErrors ? 1 : 0;
    }
}

using Anodyne.Bench.Micro;
using Anodyne.Bench.Pk;
using Anodyne.Bench.Startup;

// startup (default): start the built clinic and a minimal baseline app as separate processes; time and weigh them.
// micro: BenchmarkDotNet micro-benchmarks; the remaining arguments go to BenchmarkDotNet.
// pk: the exact pharmacokinetic engine against a naive fine-step Euler integration, in the same run.
var mode = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "startup";
var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
return mode switch
{
    "startup" => await StartupBenchmark.RunAsync(rest),
    "micro" => MicroBenchmarks.Run(rest),
    "pk" => PkBenchmark.Run(rest),
    _ => Usage(mode),
};

static int Usage(string mode)
{
    Console.Error.WriteLine($"Unknown mode '{mode}'. Use 'startup' (default), 'micro' or 'pk'.");
    Console.Error.WriteLine(StartupOptions.Help);
    return 2;
}

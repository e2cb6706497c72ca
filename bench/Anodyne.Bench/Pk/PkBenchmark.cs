using System.Diagnostics;
using System.Globalization;
using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Pharmacokinetics;
using Anodyne.Clinical.Units;

namespace Anodyne.Bench.Pk;

/// <summary>
/// The pharmacokinetic engine on a five-day titration sampled each minute, against a naive forward-Euler
/// integration of the same Domino model with 0.01-minute steps, timed in the same run (median of repeated runs).
/// Agreement is judged against Euler's own discretisation error, estimated by halving its step (0.005 min).
/// </summary>
public static class PkBenchmark
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var r) ? r : 101;
        var weight = new BodyWeight(80m);
        // The built-in inpatient protocol: 0.1 mg/kg/h, +0.1 every 4 h to 1 mg/kg/h, 5 days [protocols-and-safety.md 1.1]
        var rule = new TitrationRule(new(0.1m), new(0.1m), TimeSpan.FromHours(4), 3, TimeSpan.FromHours(8), new(1m), TimeSpan.FromDays(5));
        var plan = TitrationPlanner.Plan(rule, weight, Start).ToAdministrations().ToList();
        var model = KetamineModels.Domino1984(weight);
        const int minutes = 5 * 24 * 60;
        var pieces = plan.Select(a => ((a.Start - Start).TotalMinutes, (a.End - Start).TotalMinutes, (double)a.Amount.Milligrams / a.Duration.TotalMinutes)).ToArray();

        double[] Exact() => EvenSampler.PlasmaNanogramsPerMillilitre(model, plan, Start, TimeSpan.FromMinutes(1), minutes + 1);
        double[] Euler(double h) => NaiveEuler(model, pieces, minutes, h);

        var exact = Exact();
        var euler = Euler(0.01);
        var eulerHalf = Euler(0.005);
        // Both are warmed up past tiered compilation (tier 0 code is several times slower) before timing.
        var exactTime = Median(rounds, warmups: 100, () => Exact());
        var eulerTime = Median(9, warmups: 5, () => Euler(0.01));

        var peak = exact.Max();
        var differenceToExact = exact.Zip(euler, (a, b) => Math.Abs(a - b)).Max();
        var eulerOwnError = euler.Zip(eulerHalf, (a, b) => Math.Abs(a - b)).Max() * 2; // first order: error(h) ~ 2 |E(h) - E(h/2)|
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Five-day titration (Domino, 80 kg, 0.1 -> 1 mg/kg/h), {minutes + 1} samples, one a minute
              exact engine (EvenSampler)     median {exactTime.TotalMilliseconds,9:0.000} ms over {rounds} runs
              forward Euler, 0.01 min steps  median {eulerTime.TotalMilliseconds,9:0.000} ms over 9 runs ({minutes * 100:N0} steps)
              speed-up                       {eulerTime / exactTime,9:0.0}x (target >= 100x)
              peak plasma                    {peak:0.0} ng/mL
              max |exact - Euler 0.01|       {differenceToExact:0.0000} ng/mL
              Euler 0.01 own error estimate  {eulerOwnError:0.0000} ng/mL (2 x max |Euler 0.01 - Euler 0.005|)
              agreement                      {(differenceToExact <= eulerOwnError * 1.5 ? "within Euler's discretisation error" : "NOT within Euler's discretisation error")}
            """));
        return 0;
    }

    /// <summary>Forward Euler on the three-compartment amounts, input constant within each stretch of the plan.</summary>
    private static double[] NaiveEuler(PharmacokineticModel m, (double From, double To, double RateMgPerMin)[] pieces, int minutes, double h)
    {
        var result = new double[minutes + 1];
        double x0 = 0, x1 = 0, x2 = 0;
        var stepsPerMinute = (int)Math.Round(1 / h);
        var k1 = m.K10 + m.K12 + m.K13;
        for (var minute = 0; minute < minutes; minute++)
        {
            result[minute] = x0 / m.CentralVolumeLitres * 1000;
            for (var s = 0; s < stepsPerMinute; s++)
            {
                var t = minute + (s * h);
                var input = 0.0;
                foreach (var (from, to, rate) in pieces)
                {
                    if (t >= from && t < to)
                    {
                        input += rate;
                    }
                }

                var d0 = (-k1 * x0) + (m.K21 * x1) + (m.K31 * x2) + input;
                var d1 = (m.K12 * x0) - (m.K21 * x1);
                var d2 = (m.K13 * x0) - (m.K31 * x2);
                x0 += h * d0;
                x1 += h * d1;
                x2 += h * d2;
            }
        }

        result[minutes] = x0 / m.CentralVolumeLitres * 1000;
        return result;
    }

    private static TimeSpan Median(int rounds, int warmups, Action work)
    {
        for (var i = 0; i < warmups; i++)
        {
            work();
        }

        var times = new List<TimeSpan>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            work();
            times.Add(watch.Elapsed);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}

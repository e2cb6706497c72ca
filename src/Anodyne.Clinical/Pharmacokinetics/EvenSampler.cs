using Anodyne.Clinical.Dosing;

namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>
/// Plasma levels on an even grid (for charts and long plans): the same exact solution as
/// <see cref="ConcentrationSimulator"/>, but each grid step at a constant input is one multiplication by a
/// propagator worked out once per input rate, so a five-day plan sampled each minute costs a few thousand
/// small matrix-vector products. Plasma only (no effect site), in ng/mL.
/// </summary>
public static class EvenSampler
{
    // State: amount in central, second and third compartments (mg), and the constant 1 that carries the input.
    private const int Size = 4;

    /// <summary>Plasma ng/mL at <paramref name="start"/> + k x <paramref name="step"/>, k = 0 .. count - 1.</summary>
    public static double[] PlasmaNanogramsPerMillilitre(PharmacokineticModel model, IEnumerable<Administration> administrations, DateTimeOffset start, TimeSpan step, int count)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(administrations);
        if (step <= TimeSpan.Zero || count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(step), "The step must be above zero and at least one sample asked for.");
        }

        var doses = administrations.ToList();
        if (doses.Any(d => d.Start < start))
        {
            throw new ArgumentOutOfRangeException(nameof(administrations), "Every dose must start at or after the first sample.");
        }

        // Times where the input changes, in order, with the input rate (mg/min) that holds after each.
        var changes = doses.SelectMany(d => new[] { d.Start, d.End }).Where(t => t > start).Distinct().Order().ToArray();
        var pushes = doses.Where(d => d.Duration == TimeSpan.Zero).GroupBy(d => d.Start).ToDictionary(g => g.Key, g => g.Sum(d => (double)d.Amount.Milligrams));
        var propagators = new Dictionary<(double Rate, long Ticks), double[]>();
        var result = new double[count];
        var x0 = 0.0;
        var x1 = 0.0;
        var x2 = 0.0;
        var next = 0;
        if (pushes.TryGetValue(start, out var firstPush))
        {
            x0 += firstPush;
        }

        var rate = RateAt(doses, start);
        var scale = 1000 / model.CentralVolumeLitres;
        result[0] = Math.Max(0, x0 * scale);
        // Work in ticks from the start; the full-step propagator of the current rate is kept at hand.
        var changeTicks = changes.Select(c => (c - start).Ticks).ToArray();
        var stepTicks = step.Ticks;
        var full = Propagator(propagators, model, rate, stepTicks);
        var now = 0L;
        for (var k = 1; k < count; k++)
        {
            var target = stepTicks * k;
            while (now < target)
            {
                var until = next < changeTicks.Length && changeTicks[next] < target ? changeTicks[next] : target;
                var p = until - now == stepTicks ? full : Propagator(propagators, model, rate, until - now);
                var n0 = (p[0] * x0) + (p[1] * x1) + (p[2] * x2) + p[3];
                var n1 = (p[4] * x0) + (p[5] * x1) + (p[6] * x2) + p[7];
                var n2 = (p[8] * x0) + (p[9] * x1) + (p[10] * x2) + p[11];
                x0 = n0;
                x1 = n1;
                x2 = n2;
                now = until;
                if (next < changeTicks.Length && changeTicks[next] == now)
                {
                    if (pushes.TryGetValue(changes[next], out var push))
                    {
                        x0 += push;
                    }

                    rate = RateAt(doses, changes[next]);
                    full = Propagator(propagators, model, rate, stepTicks);
                    next++;
                }
            }

            result[k] = Math.Max(0, x0 * scale);
        }

        return result;
    }

    private static double RateAt(List<Administration> doses, DateTimeOffset t)
    {
        var rate = 0.0;
        foreach (var d in doses)
        {
            if (d.Duration > TimeSpan.Zero && d.Start <= t && d.End > t)
            {
                rate += (double)d.Amount.Milligrams / d.Duration.TotalMinutes;
            }
        }

        return rate;
    }

    /// <summary>The first three rows of exp(A dt) for the augmented system, flattened row by row.</summary>
    private static double[] Propagator(Dictionary<(double, long), double[]> cache, PharmacokineticModel m, double rate, long ticks)
    {
        if (cache.TryGetValue((rate, ticks), out var cached))
        {
            return cached;
        }

        var minutes = (double)ticks / TimeSpan.TicksPerMinute;
        var a = new double[Size, Size];
        a[0, 0] = -(m.K10 + m.K12 + m.K13) * minutes;
        a[0, 1] = m.K21 * minutes;
        a[0, 2] = m.K31 * minutes;
        a[0, 3] = rate * minutes;
        a[1, 0] = m.K12 * minutes;
        a[1, 1] = -m.K21 * minutes;
        a[2, 0] = m.K13 * minutes;
        a[2, 2] = -m.K31 * minutes;
        var e = MatrixExponential.Of(a);
        var flat = new double[12];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < Size; j++)
            {
                flat[(i * Size) + j] = e[i, j];
            }
        }

        cache[(rate, ticks)] = flat;
        return flat;
    }
}

using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>
/// Predicts ketamine concentrations for boluses and infusions with a compartment model. Between dose changes
/// the input rate is constant, so each stretch is solved exactly with a matrix exponential of the linear
/// system (amounts in mg, time in minutes). Pushes (zero-duration boluses) enter the central compartment at once.
/// </summary>
public static class ConcentrationSimulator
{
    // State: amount in central, second and third compartments (mg), effect-site concentration (mg/L), constant 1.
    private const int StateSize = 5;
    private const int Constant = 4;

    /// <summary>Samples every <paramref name="step"/> (default 15 s) from <paramref name="from"/> to
    /// <paramref name="until"/>, plus every dose start and end in between.</summary>
    public static ConcentrationProfile Simulate(
        PharmacokineticModel model,
        IEnumerable<Administration> administrations,
        DateTimeOffset from,
        DateTimeOffset until,
        TimeSpan? step = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(administrations);
        var sampleStep = step ?? TimeSpan.FromSeconds(15);
        if (sampleStep <= TimeSpan.Zero || until < from)
        {
            throw new ArgumentOutOfRangeException(nameof(step), "The step must be above zero and the period must not run backwards.");
        }

        var doses = administrations.ToList();
        var times = new SortedSet<DateTimeOffset>();
        for (var t = from; t <= until; t += sampleStep)
        {
            times.Add(t);
        }

        times.Add(until);
        foreach (var dose in doses)
        {
            foreach (var edge in new[] { dose.Start, dose.End })
            {
                if (edge >= from && edge <= until)
                {
                    times.Add(edge);
                }
            }
        }

        return new ConcentrationProfile(At(model, doses, times));
    }

    /// <summary>Exact predictions at the given times.</summary>
    public static IReadOnlyList<ConcentrationSample> At(PharmacokineticModel model, IEnumerable<Administration> administrations, IEnumerable<DateTimeOffset> times)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(administrations);
        ArgumentNullException.ThrowIfNull(times);
        var doses = administrations.ToList();
        var wanted = new SortedSet<DateTimeOffset>(times);
        if (wanted.Count == 0)
        {
            return [];
        }

        var edges = new SortedSet<DateTimeOffset>(wanted);
        foreach (var dose in doses)
        {
            edges.Add(dose.Start);
            edges.Add(dose.End);
        }

        var propagators = new Dictionary<(double Rate, long Ticks), double[,]>();
        var state = new double[StateSize];
        state[Constant] = 1;
        var samples = new List<ConcentrationSample>(wanted.Count);
        DateTimeOffset? previous = null;
        foreach (var t in edges.TakeWhile(e => e <= wanted.Max))
        {
            if (previous is { } p && t > p)
            {
                var rate = InputRateMilligramsPerMinute(doses, p, t);
                var key = (rate, (t - p).Ticks);
                if (!propagators.TryGetValue(key, out var propagator))
                {
                    propagator = MatrixExponential.Of(SystemTimes(model, rate, (t - p).TotalMinutes));
                    propagators[key] = propagator;
                }

                state = MatrixExponential.Apply(propagator, state);
            }

            foreach (var push in doses.Where(d => d.Duration == TimeSpan.Zero && d.Start == t))
            {
                state[0] += (double)push.Amount.Milligrams;
            }

            if (wanted.Contains(t))
            {
                samples.Add(Sample(model, t, state));
            }

            previous = t;
        }

        return samples.AsReadOnly();
    }

    private static double InputRateMilligramsPerMinute(List<Administration> doses, DateTimeOffset from, DateTimeOffset until) =>
        doses.Where(d => d.Duration > TimeSpan.Zero && d.Start <= from && d.End >= until)
            .Sum(d => (double)d.Amount.Milligrams / d.Duration.TotalMinutes);

    private static double[,] SystemTimes(PharmacokineticModel m, double inputMilligramsPerMinute, double minutes)
    {
        var a = new double[StateSize, StateSize];
        a[0, 0] = -(m.K10 + m.K12 + m.K13);
        a[0, 1] = m.K21;
        a[0, 2] = m.K31;
        a[0, Constant] = inputMilligramsPerMinute;
        a[1, 0] = m.K12;
        a[1, 1] = -m.K21;
        a[2, 0] = m.K13;
        a[2, 2] = -m.K31;
        if (m.Ke0 is { } ke0)
        {
            a[3, 0] = ke0 / m.CentralVolumeLitres;
            a[3, 3] = -ke0;
        }

        for (var i = 0; i < StateSize; i++)
        {
            for (var j = 0; j < StateSize; j++)
            {
                a[i, j] *= minutes;
            }
        }

        return a;
    }

    private static ConcentrationSample Sample(PharmacokineticModel model, DateTimeOffset at, double[] state)
    {
        var plasmaMilligramsPerLitre = state[0] / model.CentralVolumeLitres;
        return new ConcentrationSample(
            at,
            FromMilligramsPerLitre(plasmaMilligramsPerLitre),
            model.Ke0 is null ? null : FromMilligramsPerLitre(state[3]));
    }

    // mg/L = µg/mL; rounding can leave a value a hair below zero when nothing has been given.
    private static Concentration FromMilligramsPerLitre(double milligramsPerLitre) =>
        Concentration.FromMilligramsPerMillilitre(Math.Max(0, milligramsPerLitre) / 1000);
}

using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>Predicted concentrations over a period, sampled finely, with the figures a prescriber looks at.</summary>
public sealed class ConcentrationProfile
{
    internal ConcentrationProfile(IReadOnlyList<ConcentrationSample> samples)
    {
        Samples = samples;
    }

    public IReadOnlyList<ConcentrationSample> Samples { get; }

    public ConcentrationSample? PeakPlasma => Samples.MaxBy(s => s.Plasma);

    public ConcentrationSample? PeakEffectSite => Samples.Where(s => s.EffectSite is not null).MaxBy(s => s.EffectSite);

    /// <summary>
    /// Time with plasma concentration at or above a threshold, crossing times found by linear interpolation
    /// between samples.
    /// </summary>
    public TimeSpan TimeAtOrAbove(Concentration threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        var level = (double)threshold.MilligramsPerMillilitre;
        var total = 0.0;
        for (var i = 1; i < Samples.Count; i++)
        {
            var a = (double)Samples[i - 1].Plasma.MilligramsPerMillilitre;
            var b = (double)Samples[i].Plasma.MilligramsPerMillilitre;
            var ticks = (Samples[i].At - Samples[i - 1].At).Ticks;
            if (a >= level && b >= level)
            {
                total += ticks;
            }
            else if (a >= level || b >= level)
            {
                var aboveFraction = (Math.Max(a, b) - level) / Math.Abs(b - a);
                total += ticks * aboveFraction;
            }
        }

        return TimeSpan.FromTicks((long)Math.Round(total));
    }

    /// <summary>Time at or above the start of the dissociative band.</summary>
    public TimeSpan TimeAtOrAboveDissociation(ConcentrationBands bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        return TimeAtOrAbove(bands.DissociativeFrom);
    }
}

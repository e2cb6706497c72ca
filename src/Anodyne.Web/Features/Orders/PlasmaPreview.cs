using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Pharmacokinetics;
using Anodyne.Clinical.Units;

namespace Anodyne.Web.Features.Orders;

/// <summary>
/// Predicted racemic ketamine plasma levels for a plan, by the exact solution of the Domino three-compartment
/// model (pharmacokinetics.md 6.1), with the peak and the minutes at or above each band of 6.3.
/// </summary>
public sealed record PlasmaPreview(
    IReadOnlyList<PlasmaPreview.Point> Samples,
    PlasmaPreview.Point Peak,
    IReadOnlyList<PlasmaPreview.BandTime> MinutesAbove)
{
    public sealed record Point(double Minute, double PlasmaNanogramsPerMillilitre);

    public sealed record BandTime(string Band, double FromNanogramsPerMillilitre, double Minutes);

    public static PlasmaPreview Simulate(BodyWeight weight, IReadOnlyList<Administration> plan, DateTimeOffset start, TimeSpan length, TimeSpan sampleEvery)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var model = KetamineModels.Domino1984(weight);
        var profile = ConcentrationSimulator.Simulate(model, plan, start, start + length, sampleEvery);
        var samples = profile.Samples.Select(s => new Point((s.At - start).TotalMinutes, (double)s.Plasma.NanogramsPerMillilitre)).ToList();
        var peak = samples.Count == 0 ? new Point(0, 0) : samples.MaxBy(s => s.PlasmaNanogramsPerMillilitre)!;
        var bands = ConcentrationBands.Published;
        IReadOnlyList<BandTime> above =
        [
            Band("analgesic", bands.AnalgesicFrom),
            Band("dissociative", bands.DissociativeFrom),
            Band("above dissociative", bands.DissociativeUpTo),
            Band("anaesthetic", bands.AnaestheticFrom),
        ];
        return new PlasmaPreview(samples, peak, above);

        BandTime Band(string name, Concentration from) =>
            new(name, (double)from.NanogramsPerMillilitre, Math.Round(profile.TimeAtOrAbove(from).TotalMinutes, 1));
    }

    /// <summary>A sample step that keeps a plan of any length to about <paramref name="points"/> samples, at least one a minute.</summary>
    public static TimeSpan StepFor(TimeSpan length, int points = 1500) =>
        TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(length.TotalMinutes / points)));
}

using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// The ketamine vials sold in the US, as ketamine base: 10, 50 and 100 mg/mL; 100 mg/mL must not be given IV
/// undiluted (controlled-substances.md, vials [Ketalar label via InpharmD, verified]).
/// </summary>
public static class VialConcentrations
{
    public static IReadOnlyList<Concentration> Available { get; } = [new(10m), new(50m), new(100m)];

    public static Concentration MustBeDilutedFrom { get; } = new(100m);

    public static bool IsAvailable(decimal milligramsPerMillilitre) => Available.Any(c => c.MilligramsPerMillilitre == milligramsPerMillilitre);

    /// <summary>Hospital infusion bags are commonly made up to 1 mg/mL [CHEO drug manual, verified], controlled-substances.md.</summary>
    public static Concentration CommonInfusionBag { get; } = new(1m);
}

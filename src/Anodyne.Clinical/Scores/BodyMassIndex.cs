using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Scores;

/// <summary>
/// Body mass index: weight in kilograms divided by the square of height in metres, shown to one decimal. A
/// definition only; no weight band or threshold is drawn from it here (the clinical notes give none).
/// </summary>
public static class BodyMassIndex
{
    public const decimal MinimumHeightCm = 30m;
    public const decimal MaximumHeightCm = 280m;

    public static decimal Calculate(BodyWeight weight, decimal heightCm)
    {
        ArgumentNullException.ThrowIfNull(weight);
        if (heightCm is < MinimumHeightCm or > MaximumHeightCm)
        {
            throw new ArgumentOutOfRangeException(nameof(heightCm), heightCm, "A height runs from 30 to 280 cm.");
        }

        var metres = heightCm / 100m;
        return Math.Round(weight.Kilograms / (metres * metres), 1, MidpointRounding.AwayFromZero);
    }
}

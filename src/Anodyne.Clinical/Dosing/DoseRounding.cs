namespace Anodyne.Clinical.Dosing;

/// <summary>
/// Rounds a dose, rate or pump rate down to a multiple of an increment, so that rounding never gives more than
/// was ordered. The notes give no rounding rule (protocols-and-safety.md), so the increment is a clinic setting.
/// </summary>
public sealed record DoseRounding
{
    public DoseRounding(decimal increment)
    {
        if (increment < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(increment), increment, "The increment cannot be negative.");
        }

        Increment = increment;
    }

    /// <summary>The step to round down to, in the unit of the value rounded; zero means no rounding.</summary>
    public decimal Increment { get; }

    /// <summary>No rounding.</summary>
    public static DoseRounding None { get; } = new(0m);

    /// <summary>The default: down to 0.1 (mg, mg/h or mL/h), the finest step a pump display usually shows.</summary>
    public static DoseRounding DownToOneDecimal { get; } = new(0.1m);

    public decimal Apply(decimal value) =>
        Increment == 0m ? value : decimal.Floor(value / Increment) * Increment;
}

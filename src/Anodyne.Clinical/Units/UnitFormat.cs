using System.Globalization;

namespace Anodyne.Clinical.Units;

/// <summary>Invariant text for stored and logged quantities; the UI formats per locale on its own.</summary>
internal static class UnitFormat
{
    private const string Pattern = "0.############################";

    internal static string Format(decimal value, string unit) =>
        value.ToString(Pattern, CultureInfo.InvariantCulture) + " " + unit;
}

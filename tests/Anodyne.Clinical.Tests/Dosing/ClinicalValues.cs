using System.Globalization;

namespace Anodyne.Clinical.Tests.Dosing;

/// <summary>Reads decimals written in test tables (attributes cannot hold decimals).</summary>
internal static class ClinicalValues
{
    internal static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    internal static readonly DateTimeOffset Admission = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);
}

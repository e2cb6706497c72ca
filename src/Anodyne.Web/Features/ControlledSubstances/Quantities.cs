using System.Globalization;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>Milligrams as people enter and read them; micrograms as the ledger keeps them.</summary>
public static class Quantities
{
    public static long ToMicrograms(decimal mg) => checked((long)decimal.Round(mg * 1000m, MidpointRounding.AwayFromZero));

    public static decimal ToMg(long micrograms) => micrograms / 1000m;

    public static string Mg(long micrograms) => (micrograms / 1000m).ToString("0.###", CultureInfo.InvariantCulture) + " mg";

    public static string Number(long micrograms) => (micrograms / 1000m).ToString("0.###", CultureInfo.InvariantCulture);
}

namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>
/// The strengths in which US ketamine vials are sold, expressed as ketamine base
/// (clinical/controlled-substances.md: Ketalar label via InpharmD [verified]).
/// </summary>
public static class KetamineConcentration
{
    public static readonly IReadOnlyList<int> MilligramsPerMillilitre = [10, 50, 100];

    public static bool IsMarketed(int mgPerMl) => MilligramsPerMillilitre.Contains(mgPerMl);

    /// <summary>Micrograms of ketamine in one full vial (20 mL of 10 mg/mL is 200 mg = 200,000 µg).</summary>
    public static long VialMicrograms(int mgPerMl, decimal volumeMl)
    {
        if (!IsMarketed(mgPerMl))
        {
            throw new ArgumentOutOfRangeException(nameof(mgPerMl), mgPerMl, "Ketamine vials are 10, 50 or 100 mg/mL.");
        }

        if (volumeMl <= 0 || volumeMl > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(volumeMl), volumeMl, "A vial holds more than 0 and at most 100 mL.");
        }

        return checked((long)decimal.Round(mgPerMl * volumeMl * 1000m, MidpointRounding.AwayFromZero));
    }
}

using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>
/// Published racemic ketamine models, as parameterised in open-source simulators (pharmacokinetics.md 6.1).
/// Only Domino is an adult three-compartment model; the others are kept for comparison and carry the caveats
/// of sources.md open question 13.
/// </summary>
public static class KetamineModels
{
    /// <summary>
    /// Domino 1984: V1 0.063 L/kg; k10 0.438, k12 0.592, k13 0.590, k21 0.247, k31 0.0146 /min
    /// (pharmacokinetics.md 6.1, stanpumpR and opentiva, verified). Ke0 is not measured: opentiva uses
    /// 0.652/min from an assumed 1-min time-to-peak, fus_anes a placeholder 1.0 and stanpumpR a guessed 3-min
    /// time-to-peak, so it is a parameter; the default is opentiva's, the only one with a stated basis.
    /// </summary>
    public static PharmacokineticModel Domino1984(BodyWeight weight, double? ke0PerMinute = 0.652)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return new("Domino 1984", 0.063 * Kilograms(weight), 0.438, 0.592, 0.590, 0.247, 0.0146, ke0PerMinute);
    }

    /// <summary>
    /// Clements and Nimmo 1981 (250 µg/kg bolus data): V1 1.7522 L/kg; k10 0.0109, k12 0.0186, k21 0.0137 /min;
    /// ke0 5.2/min assumed (pharmacokinetics.md 6.1, opentiva, verified as implemented; central volume queried
    /// in sources.md open question 13).
    /// </summary>
    public static PharmacokineticModel Clements1981(BodyWeight weight, double? ke0PerMinute = 5.2)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return new("Clements 1981", 1.7522 * Kilograms(weight), 0.0109, 0.0186, 0, 0.0137, 0, ke0PerMinute);
    }

    /// <summary>
    /// Hijazi 2003: V1 1.08 L/kg; k10 0.0333, k12 0.0088, k21 0.0030 /min; ke0 4.773/min assumed
    /// (pharmacokinetics.md 6.1, opentiva, verified as implemented; queried in sources.md open question 13).
    /// </summary>
    public static PharmacokineticModel Hijazi2003(BodyWeight weight, double? ke0PerMinute = 4.773)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return new("Hijazi 2003", 1.08 * Kilograms(weight), 0.0333, 0.0088, 0, 0.0030, 0, ke0PerMinute);
    }

    /// <summary>
    /// Herd 2007, children 1-14 years: V1 38.7 L x (W/70), V2 102 L x (W/70), CL 90 L/h and Q 215 L/h x (W/70)^0.75
    /// (pharmacokinetics.md 6.1, opentiva, verified). No ke0 in the notes.
    /// </summary>
    public static PharmacokineticModel Herd2007(BodyWeight weight) => Allometric("Herd 2007", weight, 38.7, 102, 90, 215);

    /// <summary>
    /// Hornik 2018, 1-18 years: V1 32.8 L, V2 152 L x (W/70); CL 38.9 L/h, Q 54.9 L/h x (W/70)^0.75
    /// (pharmacokinetics.md 6.1, opentiva, verified). No ke0 in the notes.
    /// </summary>
    public static PharmacokineticModel Hornik2018(BodyWeight weight) => Allometric("Hornik 2018", weight, 32.8, 152, 38.9, 54.9);

    private static PharmacokineticModel Allometric(string name, BodyWeight weight, double v1At70, double v2At70, double clearanceAt70, double interCompartmentAt70)
    {
        ArgumentNullException.ThrowIfNull(weight);
        var size = Kilograms(weight) / 70;
        var v1 = v1At70 * size;
        var v2 = v2At70 * size;
        var clearancePerMinute = clearanceAt70 * Math.Pow(size, 0.75) / 60;
        var interCompartmentPerMinute = interCompartmentAt70 * Math.Pow(size, 0.75) / 60;
        return new(name, v1, clearancePerMinute / v1, interCompartmentPerMinute / v1, 0, interCompartmentPerMinute / v2, 0, null);
    }

    private static double Kilograms(BodyWeight weight) => (double)weight.Kilograms;
}

using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// The clinic's dose limits. All are clinic settings signed off by its physicians: the notes report one soft
/// limit (1 mg/kg/h at Jefferson, <see cref="PublishedDoses.JeffersonSoftUpperRate"/>) and no hard limit, bolus,
/// session, 24-hour or series limit for headache (protocols-and-safety.md 1.1-1.4), so none is defaulted here.
/// A limit left null is not set: the check lists it as "no limit set" and it never blocks.
/// </summary>
public sealed record DoseLimits
{
    public DoseLimits(
        DoseLimit<WeightBasedRate>? ratePerKilogram,
        DoseLimit<WeightBasedDose>? bolusPerKilogram,
        DoseLimit<Mass>? sessionAmount,
        DoseLimit<Mass>? rolling24HourAmount,
        DoseLimit<Mass>? seriesAmount)
    {
        RatePerKilogram = ratePerKilogram;
        BolusPerKilogram = bolusPerKilogram;
        SessionAmount = sessionAmount;
        Rolling24HourAmount = rolling24HourAmount;
        SeriesAmount = seriesAmount;
    }

    public DoseLimit<WeightBasedRate>? RatePerKilogram { get; }

    public DoseLimit<WeightBasedDose>? BolusPerKilogram { get; }

    public DoseLimit<Mass>? SessionAmount { get; }

    public DoseLimit<Mass>? Rolling24HourAmount { get; }

    public DoseLimit<Mass>? SeriesAmount { get; }
}

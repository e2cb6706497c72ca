using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// How one protocol step is made up and run: the mg it gives, the volume drawn from the vial, the bag it is
/// diluted into and the pump rate, each with the exact value before rounding so the rounding can be shown.
/// </summary>
public sealed record StepPreparation(
    int Number,
    AdministrationKind Kind,
    string Description,
    TimeSpan Duration,
    WeightBasedDose? DosePerKilogram,
    WeightBasedRate? RatePerKilogram,
    decimal ExactMilligrams,
    Mass Amount,
    decimal ExactDrawMillilitres,
    Volume Draw,
    Volume Bag,
    Concentration BagConcentration,
    decimal? ExactPumpMillilitresPerHour,
    decimal? PumpMillilitresPerHour,
    InfusionRate? DeliveredRate,
    IReadOnlyList<TitrationLevel> TitrationLevels);

/// <summary>One rate of a titration with its pump setting: what the nurse sets at each step up.</summary>
public sealed record TitrationLevel(WeightBasedRate Rate, InfusionRate PatientRate, decimal PumpMillilitresPerHour);

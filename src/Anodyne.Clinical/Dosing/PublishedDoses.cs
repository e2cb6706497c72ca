using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// Doses and rates as reported in the literature, each with its source. They are what was published,
/// not this clinic's protocol: clinic settings start from them and are signed off by the clinic's physicians
/// (protocols-and-safety.md, "Rules for the code").
/// </summary>
public static class PublishedDoses
{
    // protocols-and-safety.md 1.1: start 0.1 mg/kg/h [Lauritsen 2016, verified]
    public static WeightBasedRate JeffersonStartRate { get; } = new(0.1m);

    // protocols-and-safety.md 1.1: +0.1 mg/kg/h every 3-4 h as tolerated [Lauritsen 2016, verified]
    public static WeightBasedRate LauritsenTitrationStep { get; } = new(0.1m);

    // protocols-and-safety.md 1.1: +0.05 mg/kg/h [HealthCentral summary of Pomeroy 2017, secondary];
    // conflicts with Lauritsen (sources.md open question 1)
    public static WeightBasedRate PomeroyTitrationStep { get; } = new(0.05m);

    // protocols-and-safety.md 1.1: every 3-4 h [Lauritsen 2016, verified]
    public static TimeSpan LauritsenShortestInterval { get; } = TimeSpan.FromHours(3);

    public static TimeSpan LauritsenLongestInterval { get; } = TimeSpan.FromHours(4);

    // protocols-and-safety.md 1.1: target pain <= 3/10 maintained for at least 8 h [Lauritsen 2016, verified]
    public const int LauritsenTargetPainScore = 3;

    public static TimeSpan LauritsenTargetHold { get; } = TimeSpan.FromHours(8);

    // protocols-and-safety.md 1.1: target dose held 6 h [HealthCentral summary of Pomeroy 2017, secondary]
    public static TimeSpan PomeroyTargetHold { get; } = TimeSpan.FromHours(6);

    // protocols-and-safety.md 1.1: "soft" upper limit 1 mg/kg/h, which the attending may exceed
    // [Rangavajjula, ASA 2017 abstract, verified]
    public static WeightBasedRate JeffersonSoftUpperRate { get; } = new(1m);

    // protocols-and-safety.md 1.1: planned 5-day admission [Schwenk 2018, verified]
    public static TimeSpan JeffersonPlannedAdmission { get; } = TimeSpan.FromDays(5);

    // protocols-and-safety.md 1.2: KetHead protocol, 1 mg/kg bolus then 1 mg/kg/h for 6 h [Hoydonckx, Trials 2023, verified]
    public static WeightBasedDose KetHeadBolus { get; } = new(1m);

    public static WeightBasedRate KetHeadInfusionRate { get; } = new(1m);

    public static TimeSpan KetHeadInfusionDuration { get; } = TimeSpan.FromHours(6);

    // protocols-and-safety.md 1.2: outpatient headache series, 0.25-0.3 mg/kg over 90-120 min [J Pain 2010 abstract, verified]
    public static WeightBasedDose OutpatientSeriesLowestDose { get; } = new(0.25m);

    public static WeightBasedDose OutpatientSeriesHighestDose { get; } = new(0.3m);

    // protocols-and-safety.md 1.3: 0.5 mg/kg over 40 min, from depression and general chronic pain, not migraine
    // [Andrade 2017; Tankha 2025, verified]
    public static WeightBasedDose HalfMilligramPerKilogramDose { get; } = new(0.5m);

    public static TimeSpan HalfMilligramPerKilogramDuration { get; } = TimeSpan.FromMinutes(40);
}

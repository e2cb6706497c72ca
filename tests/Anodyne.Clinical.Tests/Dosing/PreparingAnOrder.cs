using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Dosing;

public class PreparingAnOrder
{
    private static readonly TreatmentProtocol Outpatient = new("Outpatient", [new BolusStep(new WeightBasedDose(0.5m), TimeSpan.FromMinutes(40))]);

    private static OrderCalculator.Calculation Calculate(TreatmentProtocol protocol, string kg, string vial, string bagMl) =>
        OrderCalculator.Calculate(protocol, new BodyWeight(ClinicalValues.Dec(kg)), new Concentration(ClinicalValues.Dec(vial)), new Volume(ClinicalValues.Dec(bagMl)), VialConcentrations.CommonInfusionBag);

    [Fact]
    public void Half_a_milligram_per_kilogram_over_40_minutes_for_70_kg_from_a_10_mg_per_ml_vial()
    {
        // 0.5 mg/kg [Andrade 2017] x 70 kg = 35 mg; 35 mg / 10 mg/mL = 3.5 mL drawn; into a 100 mL bag = 0.35 mg/mL;
        // 100 mL over 40 min = 150 mL/h, which gives 150 mL/h x 0.35 mg/mL = 52.5 mg/h
        var step = Assert.Single(Calculate(Outpatient, "70", "10", "100").Steps);

        Assert.Equal(35m, step.Amount.Milligrams);
        Assert.Equal(3.5m, step.Draw.Millilitres);
        Assert.Equal(0.35m, step.BagConcentration.MilligramsPerMillilitre);
        Assert.Equal(150m, step.PumpMillilitresPerHour);
        Assert.Equal(52.5m, step.DeliveredRate!.MilligramsPerHour);
    }

    [Fact]
    public void Every_rounding_goes_down_and_the_bag_holds_what_was_drawn()
    {
        // 0.5 mg/kg x 73.3 kg = 36.65 mg, rounded down to 36.6 mg; 36.6 / 50 mg/mL = 0.732 mL, drawn 0.73 mL = 36.5 mg;
        // in 100 mL that is 0.365 mg/mL; the pump still runs the bag over 40 min at 150 mL/h
        var step = Assert.Single(Calculate(Outpatient, "73.3", "50", "100").Steps);

        Assert.Equal(36.65m, step.ExactMilligrams);
        Assert.Equal(36.6m, step.Amount.Milligrams);
        Assert.Equal(0.732m, step.ExactDrawMillilitres);
        Assert.Equal(0.73m, step.Draw.Millilitres);
        Assert.Equal(0.365m, step.BagConcentration.MilligramsPerMillilitre);
        Assert.Equal(150m, step.PumpMillilitresPerHour);
    }

    [Fact]
    public void A_titration_runs_from_one_milligram_per_millilitre_bags_with_a_pump_rate_for_every_level()
    {
        // 250 mL bag at 1 mg/mL [CHEO] = 250 mg = 5 mL of 50 mg/mL; 80 kg: 0.1 mg/kg/h = 8 mg/h = 8 mL/h [Lauritsen start],
        // +0.1 each step [Lauritsen] up to the 1 mg/kg/h ceiling [Rangavajjula] = 80 mL/h: ten levels
        var rule = new TitrationRule(new(0.1m), new(0.1m), TimeSpan.FromHours(3), 3, TimeSpan.FromHours(8), new(1m), TimeSpan.FromDays(5));
        var protocol = new TreatmentProtocol("Inpatient", [new TitrationStep(rule)]);

        var step = Assert.Single(Calculate(protocol, "80", "50", "250").Steps);

        Assert.Equal(250m, step.Amount.Milligrams);
        Assert.Equal(5m, step.Draw.Millilitres);
        Assert.Equal(1m, step.BagConcentration.MilligramsPerMillilitre);
        Assert.Equal(8m, step.PumpMillilitresPerHour);
        Assert.Equal(10, step.TitrationLevels.Count);
        Assert.Equal(80m, step.TitrationLevels[^1].PumpMillilitresPerHour);
        Assert.Equal(24m, step.TitrationLevels[2].PumpMillilitresPerHour);
    }

    [Theory]
    [InlineData("25", "100", "concentrationMgPerMl", "10, 50 or 100 mg/mL")]
    [InlineData("10", "3", "bagVolumeMl", "more than the 3 mL bag")]
    [InlineData("100", "0.5", "bagVolumeMl", "diluted with at least an equal volume")]
    public void A_vial_that_does_not_exist_or_a_bag_too_small_blocks_the_order(string vial, string bagMl, string field, string message)
    {
        // 70 kg x 0.5 mg/kg = 35 mg: 3.5 mL of 10 mg/mL, 0.35 mL of 100 mg/mL
        var calculation = Calculate(Outpatient, "70", vial, bagMl);

        Assert.True(calculation.IsBlocked);
        Assert.Contains(calculation.Problems, p => p.Field == field && p.Message.Contains(message, StringComparison.Ordinal));
    }
}

using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using static Anodyne.Clinical.Tests.Dosing.ClinicalValues;

namespace Anodyne.Clinical.Tests.Dosing;

public class CalculatingWeightBasedDoses
{
    [Theory]
    // protocols-and-safety.md 1.2: KetHead bolus 1 mg/kg [Hoydonckx 2023]; 70 kg -> 70 mg
    [InlineData("1", "70", "70")]
    // protocols-and-safety.md 1.2: outpatient series 0.25 mg/kg [J Pain 2010]; 77.7 kg -> 19.425, rounded down to 19.4 mg
    [InlineData("0.25", "77.7", "19.4")]
    // protocols-and-safety.md 1.2: outpatient series 0.3 mg/kg; 63.5 kg -> 19.05, rounded down to 19.0 mg
    [InlineData("0.3", "63.5", "19.0")]
    // protocols-and-safety.md 1.3: 0.5 mg/kg [Andrade 2017]; 91.3 kg -> 45.65, rounded down to 45.6 mg
    [InlineData("0.5", "91.3", "45.6")]
    // protocols-and-safety.md 1.2: ED RCT 0.2 mg/kg [Etchison 2018]; 58 kg -> 11.6 mg exactly
    [InlineData("0.2", "58", "11.6")]
    public void A_dose_is_weight_times_mg_per_kg_rounded_down_by_default(string mgPerKg, string kg, string expectedMg)
    {
        var dose = DoseCalculator.DoseFor(new WeightBasedDose(Dec(mgPerKg)), new BodyWeight(Dec(kg)));

        Assert.Equal(Dec(expectedMg), dose.Milligrams);
    }

    [Theory]
    // protocols-and-safety.md 1.1: start 0.1 mg/kg/h [Lauritsen 2016]; 70 kg -> 7 mg/h
    [InlineData("0.1", "70", "7")]
    // protocols-and-safety.md 1.1: Schwenk mean max 0.76 mg/kg/h; 85.8 kg -> 65.208, rounded down to 65.2 mg/h
    [InlineData("0.76", "85.8", "65.2")]
    // protocols-and-safety.md 1.4: CRPS 0.35 mg/kg/h [consensus guideline summary]; 77 kg -> 26.95, down to 26.9 mg/h
    [InlineData("0.35", "77", "26.9")]
    public void A_rate_is_weight_times_mg_per_kg_per_hour_rounded_down_by_default(string mgPerKgPerHour, string kg, string expectedMgPerHour)
    {
        var rate = DoseCalculator.RateFor(new WeightBasedRate(Dec(mgPerKgPerHour)), new BodyWeight(Dec(kg)));

        Assert.Equal(Dec(expectedMgPerHour), rate.MilligramsPerHour);
    }

    [Fact]
    public void Without_rounding_the_exact_dose_is_kept()
    {
        var dose = DoseCalculator.DoseFor(new WeightBasedDose(0.25m), new BodyWeight(77.7m), DoseRounding.None);

        Assert.Equal(19.425m, dose.Milligrams);
    }

    [Fact]
    public void A_clinic_may_round_to_whole_milligrams_and_still_never_rounds_up()
    {
        // 0.3 mg/kg x 66.6 kg = 19.98 mg: rounding never gives more than ordered, so 19 mg
        var dose = DoseCalculator.DoseFor(new WeightBasedDose(0.3m), new BodyWeight(66.6m), new DoseRounding(1m));

        Assert.Equal(19m, dose.Milligrams);
    }
}

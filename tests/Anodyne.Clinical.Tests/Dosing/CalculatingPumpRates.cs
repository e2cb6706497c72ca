using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using static Anodyne.Clinical.Tests.Dosing.ClinicalValues;

namespace Anodyne.Clinical.Tests.Dosing;

public class CalculatingPumpRates
{
    [Theory]
    // 0.1 mg/kg/h [Lauritsen 2016] x 70 kg from a 1 mg/mL bag [CHEO, controlled-substances.md 5] = 7 mL/h
    [InlineData("0.1", "70", "1", "7", "7")]
    // 1 mg/kg/h [Rangavajjula soft limit] x 70 kg from 5 mg/mL [CHEO] = 14 mL/h
    [InlineData("1", "70", "5", "14", "70")]
    // 0.76 mg/kg/h [Schwenk 2018] x 85.8 kg from 1 mg/mL = 65.208 mL/h, set 65.2 mL/h, which delivers 65.2 mg/h
    [InlineData("0.76", "85.8", "1", "65.2", "65.2")]
    // 0.15 mg/kg/h x 73 kg from 5 mg/mL = 2.19 mL/h, set 2.1 mL/h, which delivers 10.5 mg/h (rounding down never gives more)
    [InlineData("0.15", "73", "5", "2.1", "10.5")]
    public void The_pump_rate_is_mg_per_kg_per_hour_times_weight_over_bag_concentration(string mgPerKgPerHour, string kg, string bagMgPerMl, string expectedMlPerHour, string expectedDeliveredMgPerHour)
    {
        var setting = PumpSetting.For(new WeightBasedRate(Dec(mgPerKgPerHour)), new BodyWeight(Dec(kg)), new Concentration(Dec(bagMgPerMl)));

        Assert.Equal(Dec(expectedMlPerHour), setting.MillilitresPerHour);
        Assert.Equal(Dec(expectedDeliveredMgPerHour), setting.DeliveredRate.MilligramsPerHour);
        Assert.True(setting.DeliveredRate <= setting.OrderedRate);
    }
}

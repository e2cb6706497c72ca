using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using static Anodyne.Clinical.Tests.Dosing.ClinicalValues;

namespace Anodyne.Clinical.Tests.Dosing;

public class TotallingAPlan
{
    [Theory]
    // KetHead [Hoydonckx 2023, protocols-and-safety.md 1.2]: 1 mg/kg bolus then 1 mg/kg/h for 6 h; 70 kg -> 70 + 420 = 490 mg
    [InlineData("70", "490")]
    // 82.5 kg -> 82.5 + 495 = 577.5 mg
    [InlineData("82.5", "577.5")]
    public void A_bolus_and_infusion_protocol_totals_bolus_plus_rate_times_duration(string kg, string expectedMg)
    {
        var ketHead = new TreatmentProtocol("KetHead", [
            new BolusStep(PublishedDoses.KetHeadBolus, TimeSpan.Zero),
            new ConstantInfusionStep(PublishedDoses.KetHeadInfusionRate, PublishedDoses.KetHeadInfusionDuration),
        ]);

        var plan = ProtocolScheduler.Schedule(ketHead, new BodyWeight(Dec(kg)), Admission);

        Assert.Equal(Dec(expectedMg), plan.TotalAmount.Milligrams);
        Assert.Equal(Admission.AddHours(6), plan.End);
    }

    [Fact]
    public void Steps_follow_one_another_from_the_start_time()
    {
        // 0.3 mg/kg over 120 min [J Pain 2010] then, for illustration, 0.1 mg/kg/h for 1 h; 70 kg
        var protocol = new TreatmentProtocol("Outpatient", [
            new BolusStep(PublishedDoses.OutpatientSeriesHighestDose, TimeSpan.FromMinutes(120)),
            new ConstantInfusionStep(PublishedDoses.JeffersonStartRate, TimeSpan.FromHours(1)),
        ]);

        var plan = ProtocolScheduler.Schedule(protocol, new BodyWeight(70m), Admission);

        Assert.Equal([Admission, Admission.AddHours(2)], plan.Administrations.Select(a => a.Start).ToArray());
        Assert.Equal(new Mass(21m + 7m), plan.TotalAmount);
    }

    [Fact]
    public void A_titration_step_contributes_its_whole_escalation()
    {
        // Lauritsen rule at 70 kg over 5 days: 945 mg while stepping up + 70 mg/h x 93 h = 7455 mg (see PlanningATitration)
        var rule = new TitrationRule(new WeightBasedRate(0.1m), new WeightBasedRate(0.1m), TimeSpan.FromHours(3), 3,
            TimeSpan.FromHours(8), new WeightBasedRate(1m), TimeSpan.FromDays(5));

        var plan = ProtocolScheduler.Schedule(new TreatmentProtocol("Jefferson", [new TitrationStep(rule)]), new BodyWeight(70m), Admission);

        Assert.Equal(10, plan.Administrations.Count);
        Assert.Equal(new Mass(7455m), plan.TotalAmount);
    }

    [Fact]
    public void An_empty_plan_totals_zero()
    {
        Assert.Equal(Mass.Zero, new TreatmentPlan([]).TotalAmount);
    }
}

using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using static Anodyne.Clinical.Tests.Dosing.ClinicalValues;

namespace Anodyne.Clinical.Tests.Dosing;

public class PlanningATitration
{
    // protocols-and-safety.md 1.1 as reported by Lauritsen 2016: start 0.1, +0.1 mg/kg/h every 3 h, target pain <= 3 held 8 h;
    // ceiling 1 mg/kg/h [Rangavajjula 2017]; 5 days [Schwenk 2018]
    private static readonly TitrationRule Lauritsen = new(
        new WeightBasedRate(0.1m), new WeightBasedRate(0.1m), TimeSpan.FromHours(3), 3, TimeSpan.FromHours(8),
        new WeightBasedRate(1m), TimeSpan.FromDays(5));

    private static readonly BodyWeight SeventyKilograms = new(70m);

    [Theory]
    // step index, hours from start, mg/kg/h, mg/h at 70 kg
    [InlineData(0, 0, "0.1", "7")]
    [InlineData(1, 3, "0.2", "14")]
    [InlineData(2, 6, "0.3", "21")]
    [InlineData(4, 12, "0.5", "35")]
    // Schwenk's mean maximum of 0.76 mg/kg/h falls between the 7th and 8th step
    [InlineData(6, 18, "0.7", "49")]
    [InlineData(7, 21, "0.8", "56")]
    // the ceiling of 1 mg/kg/h is reached after 9 steps of 3 h
    [InlineData(9, 27, "1", "70")]
    public void Each_step_raises_the_rate_by_one_step_after_one_interval(int index, int hoursFromStart, string mgPerKgPerHour, string mgPerHour)
    {
        var plan = TitrationPlanner.Plan(Lauritsen, SeventyKilograms, Admission);

        var step = plan.Rates[index];
        Assert.Equal(Admission.AddHours(hoursFromStart), step.From);
        Assert.Equal(Dec(mgPerKgPerHour), step.Rate.MilligramsPerKilogramPerHour);
        Assert.Equal(Dec(mgPerHour), step.PatientRate.MilligramsPerHour);
    }

    [Fact]
    public void The_ceiling_is_held_until_the_planned_five_days_end()
    {
        var plan = TitrationPlanner.Plan(Lauritsen, SeventyKilograms, Admission);

        Assert.Equal(10, plan.Rates.Count);
        Assert.Equal(Admission.AddDays(5), plan.HighestRate.Until);
        Assert.Equal(Admission.AddHours(27), plan.CeilingReachedAt(Lauritsen));
    }

    [Fact]
    public void The_plan_totals_rates_times_durations()
    {
        // 7, 14, ... 63 mg/h for 3 h each = 21 x (1 + ... + 9) = 945 mg; then 70 mg/h for 120 - 27 = 93 h = 6510 mg
        var plan = TitrationPlanner.Plan(Lauritsen, SeventyKilograms, Admission);

        Assert.Equal(new Mass(7455m), plan.TotalAmount);
    }

    [Fact]
    public void The_conservative_default_reaches_the_ceiling_after_18_steps_of_4_hours()
    {
        // 0.1 -> 1.0 mg/kg/h in steps of 0.05 (Pomeroy summary) every 4 h (Lauritsen's longer interval): 18 x 4 h = 72 h
        var plan = TitrationPlanner.Plan(TitrationRule.JeffersonConservative, SeventyKilograms, Admission);

        Assert.Equal(Admission.AddHours(72), plan.CeilingReachedAt(TitrationRule.JeffersonConservative));
        Assert.Equal(new WeightBasedRate(0.15m), plan.Rates[1].Rate);
    }

    [Fact]
    public void A_last_step_that_would_pass_the_ceiling_stops_at_the_ceiling()
    {
        // start 0.2 [Kim 2023, one patient], step 0.3, ceiling 0.7 mg/kg/h [Kim 2023 highest peak]: 0.2, 0.5, 0.7
        var rule = new TitrationRule(new WeightBasedRate(0.2m), new WeightBasedRate(0.3m), TimeSpan.FromHours(3), 3,
            TimeSpan.FromHours(8), new WeightBasedRate(0.7m), TimeSpan.FromHours(60));

        var plan = TitrationPlanner.Plan(rule, SeventyKilograms, Admission);

        Assert.Equal([0.2m, 0.5m, 0.7m], plan.Rates.Select(r => r.Rate.MilligramsPerKilogramPerHour).ToArray());
        Assert.Equal(Admission.AddHours(60), plan.HighestRate.Until);
    }

    [Fact]
    public void A_plan_shorter_than_one_interval_is_one_rate()
    {
        var rule = new TitrationRule(new WeightBasedRate(0.1m), new WeightBasedRate(0.1m), TimeSpan.FromHours(3), 3,
            TimeSpan.FromHours(8), new WeightBasedRate(1m), TimeSpan.FromHours(2));

        var plan = TitrationPlanner.Plan(rule, SeventyKilograms, Admission);

        var only = Assert.Single(plan.Rates);
        Assert.Equal(Admission.AddHours(2), only.Until);
        Assert.Equal(new Mass(14m), plan.TotalAmount);
    }

    [Fact]
    public void A_ceiling_below_the_start_rate_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TitrationRule(new WeightBasedRate(0.2m), new WeightBasedRate(0.1m),
            TimeSpan.FromHours(3), 3, TimeSpan.FromHours(8), new WeightBasedRate(0.1m), TimeSpan.FromDays(5)));
    }
}

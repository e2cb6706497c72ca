using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using static Anodyne.Clinical.Tests.Dosing.ClinicalValues;

namespace Anodyne.Clinical.Tests.Dosing;

public class CheckingEveryLimitBoundary
{
    private static readonly BodyWeight SeventyKilograms = new(70m);

    // Soft rate 1 mg/kg/h [Rangavajjula 2017]; the other numbers are example clinic settings (the notes give none).
    private static readonly DoseLimits Limits = new(
        new DoseLimit<WeightBasedRate>(new(1m), new(1.5m)),
        new DoseLimit<WeightBasedDose>(new(0.5m), new(1m)),
        new DoseLimit<Mass>(new(100m), new(200m)),
        new DoseLimit<Mass>(new(1000m), new(2000m)),
        new DoseLimit<Mass>(new(3000m), new(4000m)));

    [Theory]
    // at 70 kg: soft 1 mg/kg/h = 70 mg/h, hard 1.5 mg/kg/h = 105 mg/h, each run for 30 min
    [InlineData("69.3", DoseLimitOutcome.Within)] // 0.99 mg/kg/h, just under soft
    [InlineData("70", DoseLimitOutcome.Within)] // 1 mg/kg/h, at soft
    [InlineData("70.7", DoseLimitOutcome.SoftLimitExceeded)] // 1.01, just over soft
    [InlineData("104.3", DoseLimitOutcome.SoftLimitExceeded)] // 1.49, just under hard
    [InlineData("105", DoseLimitOutcome.SoftLimitExceeded)] // 1.5, at hard
    [InlineData("105.7", DoseLimitOutcome.HardLimitExceeded)] // 1.51, just over hard
    public void Rate_per_kilogram(string mgPerHour, DoseLimitOutcome expected)
    {
        var plan = new TreatmentPlan([Administration.Infusion(Admission, new InfusionRate(Dec(mgPerHour)), TimeSpan.FromMinutes(30))]);

        Assert.Equal(expected, Outcome(plan, DoseLimitKind.RatePerKilogram));
    }

    [Theory]
    // at 70 kg: soft 0.5 mg/kg = 35 mg, hard 1 mg/kg = 70 mg
    [InlineData("34.3", DoseLimitOutcome.Within)] // 0.49 mg/kg
    [InlineData("35", DoseLimitOutcome.Within)]
    [InlineData("35.7", DoseLimitOutcome.SoftLimitExceeded)] // 0.51
    [InlineData("69.3", DoseLimitOutcome.SoftLimitExceeded)] // 0.99
    [InlineData("70", DoseLimitOutcome.SoftLimitExceeded)]
    [InlineData("70.7", DoseLimitOutcome.HardLimitExceeded)] // 1.01
    public void Bolus_per_kilogram(string mg, DoseLimitOutcome expected)
    {
        var plan = new TreatmentPlan([Administration.Bolus(Admission, new Mass(Dec(mg)), TimeSpan.FromMinutes(40))]);

        Assert.Equal(expected, Outcome(plan, DoseLimitKind.BolusPerKilogram));
    }

    [Theory]
    // session: soft 100 mg, hard 200 mg, given as two 40-minute infusions an hour apart
    [InlineData("49.95", DoseLimitOutcome.Within)] // 99.9 mg
    [InlineData("50", DoseLimitOutcome.Within)] // 100 mg
    [InlineData("50.05", DoseLimitOutcome.SoftLimitExceeded)] // 100.1 mg
    [InlineData("99.95", DoseLimitOutcome.SoftLimitExceeded)] // 199.9 mg
    [InlineData("100", DoseLimitOutcome.SoftLimitExceeded)] // 200 mg
    [InlineData("100.05", DoseLimitOutcome.HardLimitExceeded)] // 200.1 mg
    public void Session_total(string mgEach, DoseLimitOutcome expected)
    {
        var each = new Mass(Dec(mgEach));
        var plan = new TreatmentPlan(
        [
            Administration.Bolus(Admission, each, TimeSpan.FromMinutes(40)),
            Administration.Bolus(Admission.AddHours(1), each, TimeSpan.FromMinutes(40)),
        ]);

        Assert.Equal(expected, Outcome(plan, DoseLimitKind.SessionAmount));
    }

    [Theory]
    // 24 h: soft 1000 mg, hard 2000 mg; 24 h at a constant rate (the rate limit is irrelevant here)
    [InlineData("999.9", DoseLimitOutcome.Within)]
    [InlineData("1000", DoseLimitOutcome.Within)]
    [InlineData("1000.1", DoseLimitOutcome.SoftLimitExceeded)]
    [InlineData("1999.9", DoseLimitOutcome.SoftLimitExceeded)]
    [InlineData("2000", DoseLimitOutcome.SoftLimitExceeded)]
    [InlineData("2000.1", DoseLimitOutcome.HardLimitExceeded)]
    public void Most_in_any_24_hours(string mgInTheDay, DoseLimitOutcome expected)
    {
        var plan = new TreatmentPlan([Administration.Infusion(Admission, new InfusionRate(Dec(mgInTheDay) / 24m), TimeSpan.FromHours(24))]);

        Assert.Equal(expected, Outcome(plan, DoseLimitKind.Rolling24HourAmount));
    }

    [Theory]
    // series: soft 3000 mg, hard 4000 mg; 2900 mg given in earlier sessions a week before, then this session's bolus
    [InlineData("99.9", DoseLimitOutcome.Within)]
    [InlineData("100", DoseLimitOutcome.Within)]
    [InlineData("100.1", DoseLimitOutcome.SoftLimitExceeded)]
    [InlineData("1099.9", DoseLimitOutcome.SoftLimitExceeded)]
    [InlineData("1100", DoseLimitOutcome.SoftLimitExceeded)]
    [InlineData("1100.1", DoseLimitOutcome.HardLimitExceeded)]
    public void Series_total(string mgToday, DoseLimitOutcome expected)
    {
        var earlier = Administration.Infusion(Admission.AddDays(-7), new InfusionRate(100m), TimeSpan.FromHours(29));
        var plan = new TreatmentPlan([Administration.Bolus(Admission, new Mass(Dec(mgToday)), TimeSpan.FromMinutes(40))]);

        var result = DoseLimitCheck.Evaluate(Limits, SeventyKilograms, plan, [earlier]);

        Assert.Equal(expected, result.Evaluations.Single(e => e.Kind == DoseLimitKind.SeriesAmount).Outcome);
    }

    [Fact]
    public void A_limit_not_set_is_listed_and_never_blocks()
    {
        var limits = new DoseLimits(new DoseLimit<WeightBasedRate>(new(1m), new(1.5m)), null, null, null, null);
        var plan = new TreatmentPlan([Administration.Bolus(Admission, new Mass(500m), TimeSpan.FromMinutes(40))]);

        var result = DoseLimitCheck.Evaluate(limits, SeventyKilograms, plan, []);

        Assert.Equal(DoseLimitOutcome.Within, result.Outcome);
        Assert.Equal("Session total 500 mg: no limit set.", result.Evaluations.Single(e => e.Kind == DoseLimitKind.SessionAmount).Message);
    }

    [Theory]
    // 1 h at 0.1 mg/kg/h (7 mg/h) so far, then the proposed rate for the 3 h left of the session
    [InlineData("70", DoseLimitOutcome.Within)] // 1 mg/kg/h
    [InlineData("77", DoseLimitOutcome.SoftLimitExceeded)] // 1.1 mg/kg/h, above the soft 1 mg/kg/h
    [InlineData("112", DoseLimitOutcome.HardLimitExceeded)] // 1.6 mg/kg/h
    public void A_proposed_rate_change_is_checked_with_what_was_given_so_far(string proposedMgPerHour, DoseLimitOutcome expectedRate)
    {
        var given = Administration.Infusion(Admission, new InfusionRate(7m), TimeSpan.FromHours(1));

        var result = DoseLimitCheck.EvaluateRateChange(Limits, SeventyKilograms, [given], new InfusionRate(Dec(proposedMgPerHour)),
            Admission.AddHours(1), Admission.AddHours(4), []);

        Assert.Equal(expectedRate, result.Evaluations.Single(e => e.Kind == DoseLimitKind.RatePerKilogram).Outcome);
        // 7 mg + 3 h x 70 mg/h = 217 mg is above the 200 mg hard session limit, so even 1 mg/kg/h cannot run that long
        Assert.Equal(DoseLimitOutcome.HardLimitExceeded, result.Evaluations.Single(e => e.Kind == DoseLimitKind.SessionAmount).Outcome);
    }

    private static DoseLimitOutcome Outcome(TreatmentPlan plan, DoseLimitKind kind) =>
        DoseLimitCheck.Evaluate(Limits, SeventyKilograms, plan, []).Evaluations.Single(e => e.Kind == kind).Outcome;
}

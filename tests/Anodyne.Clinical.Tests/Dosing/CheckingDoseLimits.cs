using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using static Anodyne.Clinical.Tests.Dosing.ClinicalValues;

namespace Anodyne.Clinical.Tests.Dosing;

public class CheckingDoseLimits
{
    private static readonly BodyWeight SeventyKilograms = new(70m);

    // The soft rate limit is Jefferson's 1 mg/kg/h [Rangavajjula 2017, protocols-and-safety.md 1.1]. The notes give
    // no hard limit and no bolus, session, 24 h or series limit, so the other values are example clinic settings.
    private static readonly DoseLimits Limits = new(
        new DoseLimit<WeightBasedRate>(PublishedDoses.JeffersonSoftUpperRate, new WeightBasedRate(1.5m)),
        new DoseLimit<WeightBasedDose>(new WeightBasedDose(0.5m), new WeightBasedDose(1m)),
        new DoseLimit<Mass>(new Mass(100m), new Mass(200m)),
        new DoseLimit<Mass>(new Mass(50m), new Mass(2000m)),
        new DoseLimit<Mass>(new Mass(200m), new Mass(400m)));

    private static DoseLimitCheckResult CheckInfusion(decimal mgPerKgPerHour, TimeSpan duration) =>
        DoseLimitCheck.Evaluate(Limits, SeventyKilograms,
            new TreatmentPlan([Administration.Infusion(Admission, new WeightBasedRate(mgPerKgPerHour).ForWeight(SeventyKilograms), duration)]),
            []);

    [Theory]
    // Schwenk 2018 mean maximum 0.76 mg/kg/h: within
    [InlineData("0.76", DoseLimitOutcome.Within)]
    // exactly Jefferson's soft upper limit of 1 mg/kg/h: within
    [InlineData("1", DoseLimitOutcome.Within)]
    // above 1 mg/kg/h, which "the attending may exceed" [Rangavajjula 2017]: soft
    [InlineData("1.1", DoseLimitOutcome.SoftLimitExceeded)]
    [InlineData("1.6", DoseLimitOutcome.HardLimitExceeded)]
    public void The_highest_rate_is_checked_per_kilogram(string mgPerKgPerHour, DoseLimitOutcome expected)
    {
        var result = CheckInfusion(Dec(mgPerKgPerHour), TimeSpan.FromMinutes(30));

        var rate = Assert.Single(result.Evaluations, e => e.Kind == DoseLimitKind.RatePerKilogram);
        Assert.Equal(expected, rate.Outcome);
    }

    [Fact]
    public void Every_limit_is_listed_with_a_message()
    {
        var result = CheckInfusion(0.1m, TimeSpan.FromHours(1));

        Assert.Equal(Enum.GetValues<DoseLimitKind>(), result.Evaluations.Select(e => e.Kind).ToArray());
        Assert.All(result.Evaluations, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal(DoseLimitOutcome.Within, result.Outcome);
    }

    [Fact]
    public void The_message_names_the_value_and_the_limit_crossed()
    {
        var result = CheckInfusion(1.1m, TimeSpan.FromMinutes(30));

        var rate = result.Evaluations.Single(e => e.Kind == DoseLimitKind.RatePerKilogram);
        Assert.Equal("Highest infusion rate 1.1 mg/kg/h is above the soft limit of 1 mg/kg/h: a documented reason is needed.", rate.Message);
    }

    [Theory]
    // KetHead bolus 1 mg/kg [Hoydonckx 2023] at 70 kg = 70 mg: above the 0.5 soft, equal to the 1 mg/kg hard limit
    [InlineData("1", DoseLimitOutcome.SoftLimitExceeded)]
    // 0.3 mg/kg, the upper outpatient dose [J Pain 2010]
    [InlineData("0.3", DoseLimitOutcome.Within)]
    [InlineData("1.2", DoseLimitOutcome.HardLimitExceeded)]
    public void The_largest_bolus_is_checked_per_kilogram(string mgPerKg, DoseLimitOutcome expected)
    {
        var bolus = Administration.Bolus(Admission, new WeightBasedDose(Dec(mgPerKg)).ForWeight(SeventyKilograms), TimeSpan.FromMinutes(2));

        var result = DoseLimitCheck.Evaluate(Limits, SeventyKilograms, new TreatmentPlan([bolus]), []);

        Assert.Equal(expected, result.Evaluations.Single(e => e.Kind == DoseLimitKind.BolusPerKilogram).Outcome);
    }

    [Theory]
    // 0.5 mg/kg over 40 min [Andrade 2017] at 70 kg = 35 mg yesterday; the same dose today 23 h later: 70 mg in one day
    [InlineData(23, "70", DoseLimitOutcome.SoftLimitExceeded)]
    // 25 h later the two doses never share a 24 h window: 35 mg
    [InlineData(25, "35", DoseLimitOutcome.Within)]
    public void Doses_in_any_24_hour_window_are_added(int hoursLater, string expectedMostInADay, DoseLimitOutcome expected)
    {
        var dose = new WeightBasedDose(0.5m).ForWeight(SeventyKilograms);
        var yesterday = Administration.Bolus(Admission, dose, TimeSpan.FromMinutes(40));
        var today = Administration.Bolus(Admission.AddHours(hoursLater), dose, TimeSpan.FromMinutes(40));

        var result = DoseLimitCheck.Evaluate(Limits, SeventyKilograms, new TreatmentPlan([today]), [yesterday]);

        var day = result.Evaluations.Single(e => e.Kind == DoseLimitKind.Rolling24HourAmount);
        Assert.Equal(expected, day.Outcome);
        Assert.Equal(expectedMostInADay + " mg", day.Value);
    }

    [Fact]
    public void A_24_hour_window_counts_only_the_part_of_an_infusion_inside_it()
    {
        // 10 mg/h from 12:00 to 24:00 yesterday (120 mg), then 10 mg/h from 00:00 to 06:00 today (60 mg):
        // the window 06:00 yesterday to 06:00 today holds all 180 mg; no window holds more.
        var midnight = new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero);
        var yesterday = Administration.Infusion(midnight.AddHours(-12), new InfusionRate(10m), TimeSpan.FromHours(12));
        var today = Administration.Infusion(midnight, new InfusionRate(10m), TimeSpan.FromHours(6));

        var result = DoseLimitCheck.Evaluate(Limits, SeventyKilograms, new TreatmentPlan([today]), [yesterday]);

        Assert.Equal("180 mg", result.Evaluations.Single(e => e.Kind == DoseLimitKind.Rolling24HourAmount).Value);
    }

    [Fact]
    public void The_series_total_adds_earlier_sessions_to_this_one()
    {
        // 0.5 mg/kg over 40 min on 5 consecutive days [Tankha 2025] at 70 kg: 4 earlier x 35 mg + 35 mg today = 175 mg;
        // a sixth session makes 210 mg, above the 200 mg example soft limit
        var dose = new WeightBasedDose(0.5m).ForWeight(SeventyKilograms);
        var earlier = Enumerable.Range(1, 5).Select(d => Administration.Bolus(Admission.AddDays(-d), dose, TimeSpan.FromMinutes(40))).ToList();
        var today = new TreatmentPlan([Administration.Bolus(Admission, dose, TimeSpan.FromMinutes(40))]);

        var fifth = DoseLimitCheck.Evaluate(Limits, SeventyKilograms, today, earlier.Take(4));
        var sixth = DoseLimitCheck.Evaluate(Limits, SeventyKilograms, today, earlier);

        Assert.Equal("175 mg", fifth.Evaluations.Single(e => e.Kind == DoseLimitKind.SeriesAmount).Value);
        Assert.Equal(DoseLimitOutcome.SoftLimitExceeded, sixth.Evaluations.Single(e => e.Kind == DoseLimitKind.SeriesAmount).Outcome);
    }

    [Fact]
    public void A_session_above_its_hard_limit_cannot_proceed()
    {
        // KetHead: 1 mg/kg bolus + 1 mg/kg/h for 6 h [Hoydonckx 2023] at 70 kg = 70 + 420 = 490 mg, above the 200 mg example
        var result = CheckInfusion(1m, TimeSpan.FromHours(6));

        Assert.Equal(DoseLimitOutcome.HardLimitExceeded, result.Evaluations.Single(e => e.Kind == DoseLimitKind.SessionAmount).Outcome);
        Assert.False(result.MayProceed("Attending approved"));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("  ", false)]
    [InlineData("Pain 8/10 at 1 mg/kg/h; attending approves 1.1 mg/kg/h", true)]
    public void A_soft_limit_needs_a_documented_reason(string? reason, bool mayProceed)
    {
        var result = CheckInfusion(1.1m, TimeSpan.FromMinutes(30));

        Assert.True(result.NeedsDocumentedReason);
        Assert.Equal(mayProceed, result.MayProceed(reason));
    }

    [Fact]
    public void A_hard_limit_below_its_soft_limit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DoseLimit<Mass>(new Mass(200m), new Mass(100m)));
    }
}

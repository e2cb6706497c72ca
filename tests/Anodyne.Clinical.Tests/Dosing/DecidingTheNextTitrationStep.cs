using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using static Anodyne.Clinical.Tests.Dosing.ClinicalValues;

namespace Anodyne.Clinical.Tests.Dosing;

public class DecidingTheNextTitrationStep
{
    // protocols-and-safety.md 1.1 [Lauritsen 2016]: +0.1 mg/kg/h every 3 h; target pain <= 3 held 8 h; ceiling 1 mg/kg/h; 5 days
    private static readonly TitrationRule Rule = new(
        new WeightBasedRate(0.1m), new WeightBasedRate(0.1m), TimeSpan.FromHours(3), 3, TimeSpan.FromHours(8),
        new WeightBasedRate(1m), TimeSpan.FromDays(5));

    [Theory]
    // rate, hours since start of the current rate, hours at which pain scores were taken (with scores), now (hours), expected
    // pain 7 at the current rate, 3 h passed: step up to 0.3
    [InlineData("0.2", 3, "4:7", 6, TitrationAction.Increase, "0.3")]
    // pain 7 but only 2 h at this rate: wait for the interval
    [InlineData("0.2", 3, "4:7", 5, TitrationAction.HoldUntilNextInterval, "0.2")]
    // the last score was taken before the rate changed: no step without a score at the current rate
    [InlineData("0.2", 3, "2:7", 6, TitrationAction.HoldAwaitingPainScore, "0.2")]
    // pain 3 reached (the target is <= 3) 1 h ago: hold
    [InlineData("0.3", 6, "7:6,9:3", 10, TitrationAction.HoldTargetReached, "0.3")]
    // pain <= 3 from hour 9 to now at hour 17 (8 h): target sustained
    [InlineData("0.3", 6, "7:6,9:3,13:2,17:3", 17, TitrationAction.HoldTargetSustained, "0.3")]
    // pain went back above target after reaching it: titration resumes
    [InlineData("0.3", 6, "9:3,12:5", 12, TitrationAction.Increase, "0.4")]
    // at the 1 mg/kg/h ceiling [Rangavajjula 2017] with pain 6: a physician's order is needed to go higher
    [InlineData("1", 27, "30:6", 30, TitrationAction.HoldAtCeiling, "1")]
    // one step from 0.95 would pass the ceiling: capped at 1
    [InlineData("0.95", 27, "30:6", 30, TitrationAction.Increase, "1")]
    // the planned 5 days [Schwenk 2018] are over
    [InlineData("0.5", 100, "118:6", 120, TitrationAction.StopMaximumDurationReached, "0.5")]
    public void The_rule_steps_up_only_when_pain_is_above_target_and_the_interval_has_passed(
        string rate, int changedAtHour, string scores, int nowHour, TitrationAction expected, string expectedRate)
    {
        var painScores = scores.Split(',').Select(s => s.Split(':'))
            .Select(p => new PainScore(Admission.AddHours(int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture)), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)));

        var decision = TitrationPlanner.Decide(Rule, Admission, new WeightBasedRate(Dec(rate)), Admission.AddHours(changedAtHour), painScores, Admission.AddHours(nowHour));

        Assert.Equal(expected, decision.Action);
        Assert.Equal(Dec(expectedRate), decision.Rate.MilligramsPerKilogramPerHour);
    }

    [Fact]
    public void While_holding_at_target_the_next_review_is_when_the_hold_time_would_end()
    {
        var scores = new[] { new PainScore(Admission.AddHours(9), 3) };

        var decision = TitrationPlanner.Decide(Rule, Admission, new WeightBasedRate(0.3m), Admission.AddHours(6), scores, Admission.AddHours(10));

        Assert.Equal(Admission.AddHours(17), decision.NextReviewAt);
    }

    [Fact]
    public void A_pain_score_outside_0_to_10_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PainScore(Admission, 11));
    }
}

using Anodyne.Clinical.Outcomes.Durability;

namespace Anodyne.Clinical.Tests.Outcomes;

public class EstimatingDurabilityAcrossPatients
{
    /// <summary>
    /// The 6-MP arm of the leukaemia remission trial (Freireich et al., Blood 1963;21:699–716), remission in weeks,
    /// + for censored: 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+, 32+, 34+, 35+.
    /// The estimator is unit-free, so weeks stand in for days. Worked in Klein and Moeschberger, Survival Analysis,
    /// 2nd ed. (2003), section 4.2 (the 6-MP example), and in Kleinbaum and Klein, Survival Analysis: A Self-Learning
    /// Text, chapter 2.
    /// </summary>
    private static readonly BenefitDuration[] Remissions =
    [
        .. new[] { 6, 6, 6, 7, 10, 13, 16, 22, 23 }.Select(w => new BenefitDuration(w, DurabilityOutcome.Relapsed)),
        .. new[] { 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35 }.Select(w => new BenefitDuration(w, DurabilityOutcome.StillBenefitting)),
    ];

    [Theory]
    // published survival and Greenwood standard error (Klein and Moeschberger 4.2; Kleinbaum and Klein ch. 2);
    // log-log limits as printed by R survfit(conf.type = "log-log") for the same data. Worked for week 6:
    // S = 18/21 = 0.8571; Greenwood sum 3/(21 x 18) = 0.007937, SE = 0.8571 x sqrt(0.007937) = 0.0764;
    // theta = exp(1.96 x 0.08909 / ln 0.8571) = 0.3221; limits 0.8571^(1/0.3221) = 0.620 and 0.8571^0.3221 = 0.952
    [InlineData(6, 21, 3, 1, 0.8571, 0.0764, 0.620, 0.952)]
    // the patient censored at 6 is out of the 17 at risk at week 7
    [InlineData(7, 17, 1, 0, 0.8067, 0.0869, 0.563, 0.923)]
    [InlineData(10, 15, 1, 1, 0.7529, 0.0963, 0.503, 0.889)]
    [InlineData(13, 12, 1, 0, 0.6902, 0.1068, 0.432, 0.849)]
    [InlineData(16, 11, 1, 0, 0.6275, 0.1141, 0.368, 0.805)]
    [InlineData(22, 7, 1, 0, 0.5378, 0.1282, 0.268, 0.747)]
    [InlineData(23, 6, 1, 0, 0.4482, 0.1346, 0.188, 0.680)]
    public void The_6_MP_remission_data_give_the_published_estimates(
        int week, int atRisk, int relapses, int censored, double survival, double standardError, double lower, double upper)
    {
        var curve = KaplanMeierEstimator.Estimate(Remissions, ConfidenceIntervalTransform.LogLog);

        var step = curve.Steps.Single(s => s.Day == week);
        Assert.Equal(atRisk, step.AtRisk);
        Assert.Equal(relapses, step.Relapses);
        Assert.Equal(censored, step.Censored);
        Assert.Equal(survival, step.Survival, 0.00005);
        Assert.Equal(standardError, step.StandardError!.Value, 0.00005);
        Assert.Equal(standardError * standardError, step.GreenwoodVariance!.Value, 0.00002);
        Assert.Equal(lower, step.Lower95!.Value, 0.0005);
        Assert.Equal(upper, step.Upper95!.Value, 0.0005);
    }

    [Theory]
    // plain limits S ± 1.96 SE: week 6, 0.8571 + 1.96 x 0.0764 = 1.007, cut to 1
    [InlineData(6, 0.7074, 1.0)]
    // week 13: 0.6902 ± 1.96 x 0.1068 = 0.4809 to 0.8995
    [InlineData(13, 0.4809, 0.8995)]
    // week 23: 0.4482 ± 1.96 x 0.1346 = 0.1844 to 0.7120
    [InlineData(23, 0.1844, 0.7120)]
    public void Plain_limits_are_survival_plus_or_minus_1_96_standard_errors(int week, double lower, double upper)
    {
        var curve = KaplanMeierEstimator.Estimate(Remissions, ConfidenceIntervalTransform.Plain);

        var step = curve.Steps.Single(s => s.Day == week);
        Assert.Equal(lower, step.Lower95!.Value, 0.0005);
        Assert.Equal(upper, step.Upper95!.Value, 0.0005);
    }

    [Theory]
    // median: survival first at or under 0.5 at week 23 (0.4482). Lower limit: the first week the lower limit is at
    // or under 0.5 is 13 (log-log 0.432, plain 0.481; week 10 is 0.503 and 0.564). The upper limit never gets to 0.5.
    [InlineData(ConfidenceIntervalTransform.LogLog)]
    [InlineData(ConfidenceIntervalTransform.Plain)]
    public void The_6_MP_median_remission_is_23_weeks_with_an_open_upper_limit(ConfidenceIntervalTransform transform)
    {
        var curve = KaplanMeierEstimator.Estimate(Remissions, transform);

        Assert.Equal(21, curve.Patients);
        Assert.Equal(9, curve.Relapses);
        Assert.Equal(23, curve.MedianDays);
        Assert.Equal(13, curve.MedianLower95Days);
        Assert.Null(curve.MedianUpper95Days);
    }

    [Fact]
    public void Numbers_at_risk_count_patients_followed_to_each_time_without_relapse()
    {
        // at 0 all 21; at 10 the 15 with times of 10 or more; at 20 the 8 from 20+ on; at 30 the 4 censored after 30
        var table = KaplanMeierEstimator.NumbersAtRisk(Remissions, [0, 10, 20, 30]);

        Assert.Equal([new(0, 21), new(10, 15), new(20, 8), new(30, 4)], table);
    }

    [Fact]
    public void A_curve_that_reaches_zero_closes_the_median_interval()
    {
        // hand-worked: relapses at 2, 4 and 6, one patient censored at 4.
        // day 2: 4 at risk, S = 3/4; day 4: 3 at risk, S = 0.75 x 2/3 = 0.5, Greenwood 1/12 + 1/6 = 0.25,
        // variance 0.5² x 0.25 = 0.0625; day 6: 1 at risk, S = 0, no variance or interval.
        // Median 4 (S = 0.5). Log-log lower limit at day 2: theta = exp(1.96 x 0.2887 / ln 0.75) = 0.1399,
        // 0.75^(1/0.1399) = 0.128, under 0.5 -> 2. Upper limit at day 4: 0.5^theta, theta = exp(1.96 x 0.5 / ln 0.5)
        // = 0.2432, = 0.845, still over 0.5; survival 0 at day 6 -> 6.
        BenefitDuration[] durations =
        [
            new(2, DurabilityOutcome.Relapsed),
            new(4, DurabilityOutcome.Relapsed),
            new(4, DurabilityOutcome.LostToFollowUp),
            new(6, DurabilityOutcome.Relapsed),
        ];

        var curve = KaplanMeierEstimator.Estimate(durations);

        Assert.Equal([0.75, 0.5, 0.0], curve.Steps.Select(s => s.Survival));
        Assert.Equal(0.0625, curve.Steps[1].GreenwoodVariance!.Value, 1e-12);
        Assert.Equal(0.845, curve.Steps[1].Upper95!.Value, 0.0005);
        Assert.Null(curve.Steps[2].GreenwoodVariance);
        Assert.Null(curve.Steps[2].Lower95);
        Assert.Equal(4, curve.MedianDays);
        Assert.Equal(2, curve.MedianLower95Days);
        Assert.Equal(6, curve.MedianUpper95Days);
        Assert.Equal(0.5, curve.SurvivalOn(5));
        Assert.Equal(1.0, curve.SurvivalOn(1));
    }

    [Fact]
    public void With_no_relapse_the_curve_stays_at_one_and_has_no_median()
    {
        var curve = KaplanMeierEstimator.Estimate([new(30, DurabilityOutcome.StillBenefitting), new(60, DurabilityOutcome.Retreated)]);

        Assert.Empty(curve.Steps);
        Assert.Null(curve.MedianDays);
        Assert.Null(curve.MedianLower95Days);
        Assert.Equal(1.0, curve.SurvivalOn(90));
    }
}

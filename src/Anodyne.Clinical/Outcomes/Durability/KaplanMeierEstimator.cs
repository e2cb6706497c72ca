namespace Anodyne.Clinical.Outcomes.Durability;

/// <summary>
/// Kaplan-Meier product-limit estimator with Greenwood's variance (Klein and Moeschberger, Survival Analysis,
/// 2nd ed., Springer 2003, sections 4.2–4.3). Patients censored at a relapse time count as at risk at that time.
/// </summary>
public static class KaplanMeierEstimator
{
    // two-sided 95%: the 0.975 quantile of the standard normal distribution
    private const double Z95 = 1.959963984540054;

    private const double Half = 0.5;

    public static KaplanMeierCurve Estimate(
        IEnumerable<BenefitDuration> durations,
        ConfidenceIntervalTransform transform = ConfidenceIntervalTransform.LogLog)
    {
        ArgumentNullException.ThrowIfNull(durations);
        if (!Enum.IsDefined(transform))
        {
            throw new ArgumentOutOfRangeException(nameof(transform), transform, "Unknown interval transform.");
        }

        var observations = durations.ToList();
        var steps = new List<KaplanMeierStep>();
        var survival = 1d;
        var greenwoodSum = 0d;

        foreach (var atDay in observations.GroupBy(d => d.Days).OrderBy(g => g.Key))
        {
            var relapses = atDay.Count(d => d.IsRelapse);
            if (relapses == 0)
            {
                continue;
            }

            var atRisk = observations.Count(d => d.Days >= atDay.Key);
            survival *= 1d - ((double)relapses / atRisk);
            if (atRisk > relapses)
            {
                greenwoodSum += relapses / ((double)atRisk * (atRisk - relapses));
            }

            steps.Add(Step(atDay.Key, atRisk, relapses, atDay.Count() - relapses, survival, greenwoodSum, transform));
        }

        return new KaplanMeierCurve(
            observations.Count,
            observations.Count(d => d.IsRelapse),
            transform,
            steps,
            MedianDays: steps.FirstOrDefault(s => s.Survival <= Half)?.Day,
            // where survival has reached 0 the interval is undefined but the limit is 0, below one half
            MedianLower95Days: steps.FirstOrDefault(s => (s.Lower95 ?? 0d) <= Half)?.Day,
            MedianUpper95Days: steps.FirstOrDefault(s => (s.Upper95 ?? 0d) <= Half)?.Day);
    }

    public static IReadOnlyList<NumberAtRisk> NumbersAtRisk(IEnumerable<BenefitDuration> durations, IEnumerable<int> days)
    {
        ArgumentNullException.ThrowIfNull(durations);
        ArgumentNullException.ThrowIfNull(days);
        var observations = durations.ToList();
        return days.Select(day => new NumberAtRisk(day, observations.Count(d => d.Days >= day))).ToList();
    }

    private static KaplanMeierStep Step(
        int day, int atRisk, int relapses, int censored, double survival, double greenwoodSum, ConfidenceIntervalTransform transform)
    {
        if (survival <= 0d)
        {
            return new KaplanMeierStep(day, atRisk, relapses, censored, 0d, null, null, null, null);
        }

        var variance = survival * survival * greenwoodSum;
        var standardError = Math.Sqrt(variance);
        var (lower, upper) = transform switch
        {
            ConfidenceIntervalTransform.Plain =>
                (Math.Max(0d, survival - (Z95 * standardError)), Math.Min(1d, survival + (Z95 * standardError))),
            ConfidenceIntervalTransform.LogLog => LogLogInterval(survival, greenwoodSum),
            _ => throw new ArgumentOutOfRangeException(nameof(transform), transform, "Unknown interval transform."),
        };

        return new KaplanMeierStep(day, atRisk, relapses, censored, survival, variance, standardError, lower, upper);
    }

    // Klein and Moeschberger 4.3: θ = exp(z·σ / ln S), interval S^(1/θ) to S^θ, σ² = Σ d / (Y(Y - d))
    private static (double Lower, double Upper) LogLogInterval(double survival, double greenwoodSum)
    {
        var theta = Math.Exp(Z95 * Math.Sqrt(greenwoodSum) / Math.Log(survival));
        return (Math.Pow(survival, 1d / theta), Math.Pow(survival, theta));
    }
}

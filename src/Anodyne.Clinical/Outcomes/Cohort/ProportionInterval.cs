namespace Anodyne.Clinical.Outcomes.Cohort;

/// <summary>
/// A proportion (responders among patients evaluable) with its 95% Wilson score interval: Wilson, J Am Stat Assoc
/// 1927;22:209–212, recommended over the simple (Wald) interval by Newcombe, Stat Med 1998;17:857–872 (method 3),
/// because its limits stay within 0 and 1 and it keeps its coverage for small counts and rates near 0 or 1.
/// </summary>
public sealed record ProportionInterval(int Successes, int Total, double? Rate, double? Lower95, double? Upper95)
{
    // two-sided 95%: the 0.975 quantile of the standard normal distribution
    private const double Z95 = 1.959963984540054;

    public static ProportionInterval Wilson(int successes, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(total, successes);
        if (total == 0)
        {
            return new ProportionInterval(0, 0, null, null, null);
        }

        // Newcombe 1998 method 3: (2np + z² ± z·sqrt(z² + 4npq)) / (2(n + z²))
        double n = total;
        var p = successes / n;
        var z2 = Z95 * Z95;
        var centre = (2 * n * p) + z2;
        var spread = Z95 * Math.Sqrt(z2 + (4 * n * p * (1 - p)));
        var denominator = 2 * (n + z2);
        return new ProportionInterval(
            successes,
            total,
            p,
            Math.Max(0d, (centre - spread) / denominator),
            Math.Min(1d, (centre + spread) / denominator));
    }
}

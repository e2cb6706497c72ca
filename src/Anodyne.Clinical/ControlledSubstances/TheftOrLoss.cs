namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>
/// Whether a discrepancy must be reported to DEA on Form 106, and by when
/// (clinical/controlled-substances.md: 21 CFR 1301.76(b), notify in writing within one business day of discovery [verified]).
/// </summary>
public static class TheftOrLoss
{
    /// <summary>A suspected theft is always reportable; a loss is when it exceeds the clinic's threshold.</summary>
    public static bool IsReportable(bool suspectedTheft, long unexplainedLossMicrograms, AccountabilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(unexplainedLossMicrograms);
        return suspectedTheft || unexplainedLossMicrograms > options.SignificantLossMicrograms;
    }

    /// <summary>The last day to notify DEA: the next business day after discovery (weekends skipped; holidays are not known here).</summary>
    public static DateOnly NotifyBy(DateOnly discoveredOn)
    {
        var day = discoveredOn.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}

using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// How a continuous infusion is titrated to pain: a start rate, a step every interval while pain stays above
/// the target, a ceiling, and a maximum duration. The target counts as reached once pain stays at or below
/// the target score for the hold time.
/// </summary>
public sealed record TitrationRule
{
    public TitrationRule(
        WeightBasedRate startRate,
        WeightBasedRate step,
        TimeSpan interval,
        int targetPainScore,
        TimeSpan targetHold,
        WeightBasedRate ceiling,
        TimeSpan maximumDuration)
    {
        ArgumentNullException.ThrowIfNull(startRate);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(ceiling);
        if (startRate.MilligramsPerKilogramPerHour == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(startRate), startRate, "The start rate must be above zero.");
        }

        if (step.MilligramsPerKilogramPerHour == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The titration step must be above zero.");
        }

        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval must be above zero.");
        }

        if (targetPainScore is < PainScore.Lowest or > PainScore.Highest)
        {
            throw new ArgumentOutOfRangeException(nameof(targetPainScore), targetPainScore, "The target is a 0-10 pain score.");
        }

        if (targetHold < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(targetHold), targetHold, "The hold time cannot be negative.");
        }

        if (ceiling < startRate)
        {
            throw new ArgumentOutOfRangeException(nameof(ceiling), ceiling, "The ceiling cannot be below the start rate.");
        }

        if (maximumDuration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumDuration), maximumDuration, "The maximum duration must be above zero.");
        }

        StartRate = startRate;
        Step = step;
        Interval = interval;
        TargetPainScore = targetPainScore;
        TargetHold = targetHold;
        Ceiling = ceiling;
        MaximumDuration = maximumDuration;
    }

    public WeightBasedRate StartRate { get; }

    public WeightBasedRate Step { get; }

    public TimeSpan Interval { get; }

    public int TargetPainScore { get; }

    public TimeSpan TargetHold { get; }

    public WeightBasedRate Ceiling { get; }

    public TimeSpan MaximumDuration { get; }

    /// <summary>
    /// The Jefferson inpatient titration with the conservative choice wherever the sources conflict
    /// (sources.md open question 1: step, interval and hold time must be settings):
    /// start 0.1 mg/kg/h [Lauritsen, verified]; step 0.05 mg/kg/h (Pomeroy summary, secondary, smaller than
    /// Lauritsen's 0.1); every 4 h (the longer end of Lauritsen's 3-4 h); target pain &lt;= 3 held 8 h
    /// (Lauritsen, verified, the longer hold); ceiling 1 mg/kg/h (Rangavajjula soft upper limit, verified);
    /// 5 days (Schwenk planned admission, verified). All of protocols-and-safety.md 1.1.
    /// </summary>
    public static TitrationRule JeffersonConservative { get; } = new(
        PublishedDoses.JeffersonStartRate,
        PublishedDoses.PomeroyTitrationStep,
        PublishedDoses.LauritsenLongestInterval,
        PublishedDoses.LauritsenTargetPainScore,
        PublishedDoses.LauritsenTargetHold,
        PublishedDoses.JeffersonSoftUpperRate,
        PublishedDoses.JeffersonPlannedAdmission);
}

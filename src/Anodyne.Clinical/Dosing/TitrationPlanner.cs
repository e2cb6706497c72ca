using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>Applies a <see cref="TitrationRule"/>: the full escalation plan, and the decision at the bedside.</summary>
public static class TitrationPlanner
{
    /// <summary>
    /// The escalation plan from <paramref name="start"/>: the start rate, one step per interval up to the
    /// ceiling, then the ceiling held until the maximum duration ends.
    /// </summary>
    public static TitrationPlan Plan(TitrationRule rule, BodyWeight dosingWeight, DateTimeOffset start, DoseRounding? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(dosingWeight);
        var end = start + rule.MaximumDuration;
        var rates = new List<ScheduledRate>();
        var rate = rule.StartRate;
        var from = start;
        while (from < end)
        {
            var atCeiling = rate >= rule.Ceiling;
            var until = atCeiling || from + rule.Interval > end ? end : from + rule.Interval;
            rates.Add(new ScheduledRate(from, until, rate, DoseCalculator.RateFor(rate, dosingWeight, rounding)));
            rate = WeightBasedRate.Min(rate + rule.Step, rule.Ceiling);
            from = until;
        }

        return new TitrationPlan(rates.AsReadOnly());
    }

    /// <summary>
    /// The next titration step given the pain scores so far. A rate is raised only when the interval since the
    /// last change has passed and a pain score taken at the current rate is above the target.
    /// </summary>
    public static TitrationDecision Decide(
        TitrationRule rule,
        DateTimeOffset infusionStartedAt,
        WeightBasedRate currentRate,
        DateTimeOffset rateLastChangedAt,
        IEnumerable<PainScore> painScores,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(currentRate);
        ArgumentNullException.ThrowIfNull(painScores);
        if (rateLastChangedAt < infusionStartedAt || now < rateLastChangedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(rateLastChangedAt), rateLastChangedAt, "Times must run start <= last change <= now.");
        }

        var end = infusionStartedAt + rule.MaximumDuration;
        if (now >= end)
        {
            return new TitrationDecision(TitrationAction.StopMaximumDurationReached, currentRate, null);
        }

        var scores = painScores.Where(p => p.RecordedAt <= now).OrderBy(p => p.RecordedAt).ToList();
        var latest = scores.Count == 0 ? null : scores[^1];
        if (latest is null || latest.RecordedAt < rateLastChangedAt)
        {
            return new TitrationDecision(TitrationAction.HoldAwaitingPainScore, currentRate, null);
        }

        if (latest.Score <= rule.TargetPainScore)
        {
            var runStartedAt = StartOfRunAtOrBelowTarget(scores, rule.TargetPainScore);
            var sustained = now - runStartedAt >= rule.TargetHold;
            return sustained
                ? new TitrationDecision(TitrationAction.HoldTargetSustained, currentRate, null)
                : new TitrationDecision(TitrationAction.HoldTargetReached, currentRate, runStartedAt + rule.TargetHold);
        }

        var nextAllowed = rateLastChangedAt + rule.Interval;
        if (now < nextAllowed)
        {
            return new TitrationDecision(TitrationAction.HoldUntilNextInterval, currentRate, nextAllowed);
        }

        if (currentRate >= rule.Ceiling)
        {
            return new TitrationDecision(TitrationAction.HoldAtCeiling, currentRate, null);
        }

        return new TitrationDecision(TitrationAction.Increase, WeightBasedRate.Min(currentRate + rule.Step, rule.Ceiling), now + rule.Interval);
    }

    private static DateTimeOffset StartOfRunAtOrBelowTarget(List<PainScore> scoresInOrder, int target)
    {
        var first = scoresInOrder.Count - 1;
        while (first > 0 && scoresInOrder[first - 1].Score <= target)
        {
            first--;
        }

        return scoresInOrder[first].RecordedAt;
    }
}

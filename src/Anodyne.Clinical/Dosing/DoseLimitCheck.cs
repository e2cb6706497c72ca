using System.Globalization;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>Checks a planned session against the clinic's dose limits, given what the patient has already had.</summary>
public static class DoseLimitCheck
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    /// <param name="limits">The clinic's limits.</param>
    /// <param name="dosingWeight">The weight the session was dosed on.</param>
    /// <param name="session">The planned session.</param>
    /// <param name="earlierInSeries">Administrations already given in this series (they count towards the
    /// series total and, where within 24 h, the rolling 24-hour total).</param>
    public static DoseLimitCheckResult Evaluate(
        DoseLimits limits,
        BodyWeight dosingWeight,
        TreatmentPlan session,
        IEnumerable<Administration> earlierInSeries)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(dosingWeight);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(earlierInSeries);
        var earlier = earlierInSeries.ToList();

        var highestRate = session.Administrations
            .Where(a => a.Kind == AdministrationKind.Infusion && a.Rate is not null)
            .Select(a => a.Rate!.PerKilogram(dosingWeight))
            .DefaultIfEmpty(WeightBasedRate.Zero)
            .Max()!;
        var largestBolus = session.Administrations
            .Where(a => a.Kind == AdministrationKind.Bolus)
            .Select(a => a.Amount.PerKilogram(dosingWeight))
            .DefaultIfEmpty(new WeightBasedDose(0m))
            .Max()!;
        var sessionAmount = session.TotalAmount;
        var rolling24Hours = MostInAnyDay(earlier.Concat(session.Administrations).ToList());
        var seriesAmount = earlier.Aggregate(sessionAmount, (total, a) => total + a.Amount);

        return new DoseLimitCheckResult(
        [
            Evaluate(DoseLimitKind.RatePerKilogram, "Highest infusion rate", highestRate, limits.RatePerKilogram),
            Evaluate(DoseLimitKind.BolusPerKilogram, "Largest bolus", largestBolus, limits.BolusPerKilogram),
            Evaluate(DoseLimitKind.SessionAmount, "Session total", sessionAmount, limits.SessionAmount),
            Evaluate(DoseLimitKind.Rolling24HourAmount, "Most in any 24 h", rolling24Hours, limits.Rolling24HourAmount),
            Evaluate(DoseLimitKind.SeriesAmount, "Series total", seriesAmount, limits.SeriesAmount),
        ]);
    }

    /// <summary>
    /// Checks a proposed rate change during a session: what was given so far in the session plus the new rate
    /// held from <paramref name="from"/> to the session's planned end <paramref name="until"/>.
    /// </summary>
    public static DoseLimitCheckResult EvaluateRateChange(
        DoseLimits limits,
        BodyWeight dosingWeight,
        IEnumerable<Administration> givenThisSession,
        InfusionRate proposedRate,
        DateTimeOffset from,
        DateTimeOffset until,
        IEnumerable<Administration> earlierInSeries)
    {
        ArgumentNullException.ThrowIfNull(givenThisSession);
        ArgumentNullException.ThrowIfNull(proposedRate);
        if (until <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "The session must end after the change.");
        }

        var session = givenThisSession.Append(Administration.Infusion(from, proposedRate, until - from));
        return Evaluate(limits, dosingWeight, new TreatmentPlan(session), earlierInSeries);
    }

    private static DoseLimitEvaluation Evaluate<TQuantity>(DoseLimitKind kind, string what, TQuantity value, DoseLimit<TQuantity>? limit)
        where TQuantity : class, IComparable<TQuantity>
    {
        if (limit is null)
        {
            return new DoseLimitEvaluation(kind, DoseLimitOutcome.Within, value.ToString()!, "not set", "not set",
                string.Create(CultureInfo.InvariantCulture, $"{what} {value}: no limit set."));
        }

        var outcome = limit.Evaluate(value);
        var message = outcome switch
        {
            DoseLimitOutcome.Within => string.Create(CultureInfo.InvariantCulture, $"{what} {value} is within the soft limit of {limit.Soft}."),
            DoseLimitOutcome.SoftLimitExceeded => string.Create(CultureInfo.InvariantCulture, $"{what} {value} is above the soft limit of {limit.Soft}: a documented reason is needed."),
            DoseLimitOutcome.HardLimitExceeded => string.Create(CultureInfo.InvariantCulture, $"{what} {value} is above the hard limit of {limit.Hard}: the order cannot proceed."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), outcome, "Unknown outcome."),
        };
        return new DoseLimitEvaluation(kind, outcome, value.ToString()!, limit.Soft.ToString()!, limit.Hard.ToString()!, message);
    }

    /// <summary>
    /// The largest amount inside any closed 24 h window. The amount in a window is piecewise linear in the
    /// window's end, so its maximum lies where a window edge meets an administration's start or end.
    /// </summary>
    private static Mass MostInAnyDay(List<Administration> administrations)
    {
        var windowEnds = administrations
            .SelectMany(a => new[] { a.Start, a.End, a.Start + Day, a.End + Day })
            .Distinct();
        var most = 0m;
        foreach (var end in windowEnds)
        {
            var amount = administrations.Sum(a => a.MilligramsWithin(end - Day, end));
            most = Math.Max(most, amount);
        }

        return new Mass(most);
    }
}

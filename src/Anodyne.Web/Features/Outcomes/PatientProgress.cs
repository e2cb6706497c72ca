using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Cohort;
using Anodyne.Clinical.Outcomes.Durability;
using Anodyne.Clinical.Outcomes.Periods;
using Anodyne.Clinical.Outcomes.Response;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// One patient's outcomes as the clinical library measures them: 28-day periods of migraine days counted from the first
/// infusion, the pre-treatment baseline, response after each infusion, durability after each series, HIT-6 over time.
/// Callers open (and so audit) the patient's record first; the diary read is audited here.
/// </summary>
public sealed class PatientProgress(ClinicDbContext db, DiaryQueries diary, InfusionsGiven infusions, ClinicClock clock, OutcomeSettings settings)
{
    private const int PeriodDays = 28;

    public sealed record Progress(
        DateOnly Today,
        IReadOnlyList<PeriodOutcome> Periods,
        PeriodOutcome? Baseline,
        IReadOnlyList<DateOnly> Infusions,
        IReadOnlyList<InfusionResponse> Responses,
        IReadOnlyList<(TreatmentSeries Series, BenefitDuration? Durability)> Series,
        PeriodOutcome CurrentPeriod,
        int? DaysSinceLastInfusion,
        IReadOnlyList<(DateOnly Day, int Total)> Hit6,
        OutcomeSettings Settings);

    public async Task<Progress> MeasureAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var entries = await diary.RangeAsync(patientId, DateOnly.MinValue, today, cancellationToken);
        var days = entries.Select(e => e.Answers().ToDiaryDay()).ToList();
        var given = (await infusions.ForPatientAsync(patientId, cancellationToken)).Where(d => d <= today).ToList();
        var hit6 = (await db.Hit6Entries.AsNoTracking().Where(h => h.PatientId == patientId).OrderBy(h => h.AnsweredOn).ToListAsync(cancellationToken))
            .Select(h => (h.AnsweredOn, h.Score().Total)).ToList();

        // periods are counted from the first infusion (or the first diary day), backwards and forwards, so that each
        // post-treatment period starts the day after an infusion day of the first series
        var anchor = given.Count > 0 ? given[0] : days.Count > 0 ? days[0].Date : today;
        var periods = new List<PeriodOutcome>();
        if (days.Count > 0)
        {
            var firstDay = days[0].Date;
            var start = anchor.AddDays(-PeriodDays * (int)Math.Ceiling((anchor.DayNumber - firstDay.DayNumber) / (double)PeriodDays));
            for (; start.AddDays(PeriodDays - 1) <= today; start = start.AddDays(PeriodDays))
            {
                periods.Add(DiaryOutcomes.Measure(days, DiaryPeriod.StartingOn(start, PeriodDays), settings));
            }
        }

        PeriodOutcome? baseline = given.Count > 0 ? TreatmentBaseline.Measure(days, given[0], settings) : null;
        var responses = baseline is null ? [] : InfusionResponses.Assess(baseline, days, given, today, settings);
        var series = TreatmentSeries.Split(given, settings)
            .Select(s => (s, baseline is { IsValid: true, MigraineDays.Days: > 0 }
                ? DurabilityOfBenefit.Measure(days, baseline, s.End, s.NextSeriesStart, today, settings)
                : (BenefitDuration?)null))
            .ToList();
        var current = DiaryOutcomes.Measure(days, DiaryPeriod.EndingOn(today, PeriodDays), settings);
        int? sinceLast = given.Count > 0 ? today.DayNumber - given[^1].DayNumber : null;
        return new Progress(today, periods, baseline, given, responses, series, current, sinceLast, hit6, settings);
    }
}

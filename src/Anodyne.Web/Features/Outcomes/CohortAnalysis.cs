using System.Text.Json;
using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Cohort;
using Anodyne.Clinical.Outcomes.Durability;
using Anodyne.Clinical.Outcomes.Periods;
using Anodyne.Clinical.Outcomes.Response;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// The cohort's outcome figures, recomputed from the diary each time: responders after infusion 1, 2, 3, 4 and
/// later with Wilson intervals, mean change in migraine days and HIT-6, and the Kaplan-Meier curve of durability after
/// the first series. Diary days are summed in SQL (<see cref="CohortSql"/>); the clinical library judges the sums.
/// </summary>
public sealed class CohortAnalysis(ClinicDbContext db, InfusionsGiven infusions, ClinicClock clock, OutcomeSettings settings)
{
    private const int PeriodDays = 28;
    private const int BaselineWindow = 0;

    /// <summary>Infusions numbered 5 and over are reported together as "5 and later".</summary>
    public const int LaterInfusions = 5;

    public sealed record ResponderRow(string Infusion, int Evaluable, IReadOnlyList<ResponderRate> Rates, double? MeanChangeInMonthlyMigraineDays);

    public sealed record ResponderRate(decimal Threshold, int Responders, double? Rate, double? Lower95, double? Upper95);

    public sealed record Result(
        CohortFilter Filter,
        int Patients,
        int Treated,
        int WithValidBaseline,
        IReadOnlyList<ResponderRow> Responders,
        int Hit6Patients,
        double? MeanHit6Change,
        KaplanMeierCurve Durability,
        IReadOnlyList<BenefitDuration> Durations,
        string MigraineDayDefinition);

    public async Task<Result> ComputeAsync(CohortFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = clock.Today;
        var people = await db.Patients.AsNoTracking()
            .Where(p => filter.Sex == null || p.Sex == filter.Sex)
            .Select(p => new { p.Id, p.DateOfBirth })
            .ToListAsync(cancellationToken);
        var given = await infusions.ForAllAsync(cancellationToken);

        var cohort = new List<(Guid Id, IReadOnlyList<DateOnly> Infusions, TreatmentSeries First)>();
        foreach (var p in people)
        {
            if (!given.TryGetValue(p.Id, out var days))
            {
                continue;
            }

            var past = days.Where(d => d <= today).ToList();
            if (past.Count == 0 || (filter.From is { } from && past[0] < from) || (filter.To is { } to && past[0] > to))
            {
                continue;
            }

            var age = past[0].Year - p.DateOfBirth.Year - (past[0] < p.DateOfBirth.AddYears(past[0].Year - p.DateOfBirth.Year) ? 1 : 0);
            if (filter.InAgeBand(age))
            {
                cohort.Add((p.Id, past, TreatmentSeries.Split(past, settings)[0]));
            }
        }

        // window 0: baseline; window k: days 1-28 after infusion k
        var windows = new List<object>();
        foreach (var (id, days, _) in cohort)
        {
            var key = Key(id);
            windows.Add(new { p = key, i = BaselineWindow, a = days[0].DayNumber - settings.BaselineDays, b = days[0].DayNumber - 1 });
            for (var k = 0; k < days.Count; k++)
            {
                windows.Add(new { p = key, i = k + 1, a = days[k].DayNumber + 1, b = days[k].DayNumber + settings.ResponseWindowDays });
            }
        }

        var counts = await CountsAsync(CohortSql.Windows(db.Provider), windows, cancellationToken);
        var followUps = cohort.Select(c => (object)new { p = Key(c.Id), e = c.First.End.DayNumber, z = today.DayNumber }).ToList();
        var follow = await CountsAsync(CohortSql.FollowUp(db.Provider), followUps, cancellationToken);

        var changes = new Dictionary<int, List<ChangeFromBaseline>>();
        var evaluable = new Dictionary<int, int>();
        var durations = new List<BenefitDuration>();
        var validBaselines = 0;
        foreach (var (id, days, first) in cohort)
        {
            var baseline = Outcome(counts, id, BaselineWindow, DiaryPeriod.EndingOn(days[0].AddDays(-1), settings.BaselineDays));
            if (!baseline.IsValid)
            {
                continue;
            }

            validBaselines++;
            for (var k = 0; k < days.Count; k++)
            {
                var window = DiaryPeriod.StartingOn(days[k].AddDays(1), settings.ResponseWindowDays);
                if (window.LastDay > today)
                {
                    continue;
                }

                var outcome = Outcome(counts, id, k + 1, window);
                if (!outcome.IsValid)
                {
                    continue;
                }

                var group = Math.Min(k + 1, LaterInfusions);
                evaluable[group] = evaluable.GetValueOrDefault(group) + 1;
                (changes.TryGetValue(group, out var list) ? list : changes[group] = []).Add(ChangeFromBaseline.Between(baseline, outcome, settings.ResponderReductions));
            }

            if (baseline.MigraineDays.Days > 0)
            {
                var end = first.End;
                durations.Add(DurabilityOfBenefit.Measure(
                    w => Outcome(follow, id, (w.FirstDay.DayNumber - end.DayNumber - 1) / PeriodDays, w),
                    baseline, end, first.NextSeriesStart, today, settings with { DurabilityWindowStepDays = PeriodDays, ResponseWindowDays = PeriodDays }));
            }
        }

        var rows = Enumerable.Range(1, LaterInfusions).Select(group =>
        {
            var list = changes.GetValueOrDefault(group) ?? [];
            return new ResponderRow(
                group == LaterInfusions ? $"{LaterInfusions} and later" : group.ToString(System.Globalization.CultureInfo.InvariantCulture),
                list.Count,
                [.. settings.ResponderReductions.Select(t =>
                {
                    var ci = ProportionInterval.Wilson(list.Count(c => c.IsResponderAt(t)), list.Count);
                    return new ResponderRate(t, ci.Successes, ci.Rate, ci.Lower95, ci.Upper95);
                })],
                list.Count > 0 ? list.Average(c => (double)c.ChangeInMonthlyMigraineDays) : null);
        }).ToList();

        var (hit6Patients, hit6Change) = await Hit6ChangeAsync(cohort.ToDictionary(c => c.Id, c => c.Infusions[0]), cancellationToken);
        db.RecordAccess(AuditAction.Search, "CohortOutcomes", null, null, detail: $"{cohort.Count} patients aggregated");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(filter, people.Count, cohort.Count, validBaselines, rows, hit6Patients, hit6Change,
            KaplanMeierEstimator.Estimate(durations), durations, settings.MigraineDayDefinition.ToString());
    }

    private PeriodOutcome Outcome(Dictionary<(Guid, int), (int Recorded, int Migraine)> counts, Guid id, int window, DiaryPeriod period)
    {
        var (recorded, migraine) = counts.GetValueOrDefault((id, window));
        return DiaryOutcomes.FromCounts(period, new PeriodCounts(Math.Min(recorded, period.Days), 0, migraine, 0, 0, 0), settings);
    }

    private async Task<Dictionary<(Guid, int), (int, int)>> CountsAsync(string sql, List<object> rows, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(rows);
#pragma warning disable EF1002 // the SQL is constant; the only value is a parameter
        var found = await db.Database.SqlQueryRaw<CohortSql.WindowCount>(sql, json).ToListAsync(cancellationToken);
#pragma warning restore EF1002
        return found.ToDictionary(r => (Guid.Parse(r.PatientId), r.Window), r => (r.Recorded, r.Migraine));
    }

    /// <summary>HIT-6: the last answer on or before the first infusion against the newest answer after it.</summary>
    private async Task<(int Patients, double? Mean)> Hit6ChangeAsync(Dictionary<Guid, DateOnly> firstInfusion, CancellationToken cancellationToken)
    {
        var entries = await db.Hit6Entries.AsNoTracking().ToListAsync(cancellationToken);
        var change = entries.Where(e => firstInfusion.ContainsKey(e.PatientId))
            .GroupBy(e => e.PatientId)
            .Select(g =>
            {
                var first = firstInfusion[g.Key];
                var before = g.Where(e => e.AnsweredOn <= first).MaxBy(e => e.AnsweredOn);
                var after = g.Where(e => e.AnsweredOn > first).MaxBy(e => e.AnsweredOn);
                return before is null || after is null ? (int?)null : after.Score().Total - before.Score().Total;
            })
            .OfType<int>()
            .ToList();
        return (change.Count, change.Count > 0 ? change.Average() : null);
    }

    private string Key(Guid id) => db.Provider == DatabaseProvider.Sqlite ? id.ToString("D").ToUpperInvariant() : id.ToString("D");
}

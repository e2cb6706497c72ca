using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// A de-identified research dataset after HIPAA Safe Harbor (45 CFR 164.514(b)(2)): only patients whose newest research
/// consent says yes; none of the 18 identifiers (no names, record numbers, contact details, free text or exact dates:
/// each patient gets a code that is random for the export and every date is shifted by one random number of days for
/// that patient, so intervals stay true); ages over 89 are given as "90+". One row per 28-day diary period and one per
/// infusion session, as CSV, with a data dictionary. Every export is written to the audit trail.
/// </summary>
public sealed class ResearchExport(ClinicDbContext db, InfusionsGiven infusions, ClinicClock clock)
{
    private const int PeriodDays = 28;
    private const int PeriodsBack = 30;
    private const int OldestAgeShown = 89;
    private const int LargestShiftDays = 182;

    public static readonly IReadOnlyList<(string Column, string Meaning)> Dictionary =
    [
        ("row_type", "period: a 28-day diary period; session: one infusion"),
        ("subject", "code of the patient in this export only (random; not derived from any identifier)"),
        ("sex", "administrative sex: Female, Male, Other, Unknown"),
        ("age_at_first_infusion", "whole years at the first infusion; 90+ for ages over 89 (Safe Harbor)"),
        ("date", "first day of the period, or day of the session, shifted by the subject's own random offset (same offset for all the subject's rows)"),
        ("days_from_first_infusion", "days from the first infusion to date (negative before treatment)"),
        ("infusion_number", "session rows: 1 for the first infusion; empty for period rows"),
        ("diary_days", "period rows: days with a diary entry, of 28"),
        ("migraine_days", "period rows: migraine days recorded (definition: the clinic's setting, see migraine_day_definition)"),
        ("migraine_days_per_28", "period rows: migraine_days pro-rated to 28 days from the days recorded"),
        ("migraine_day_definition", "which published migraine-day definition classified the days"),
    ];

    public sealed record Export(string Csv, int Patients, int Rows);

    public async Task<Export> CreateAsync(CancellationToken cancellationToken)
    {
        var consents = await db.ResearchConsents.AsNoTracking()
            .Select(c => new { c.PatientId, c.Consents, c.RecordedAtUtc })
            .ToListAsync(cancellationToken);
        var consenting = consents.GroupBy(c => c.PatientId)
            .Where(g => g.MaxBy(c => c.RecordedAtUtc)!.Consents)
            .Select(g => g.Key)
            .ToHashSet();
        var people = (await db.Patients.AsNoTracking().Select(p => new { p.Id, p.Sex, p.DateOfBirth }).ToListAsync(cancellationToken))
            .Where(p => consenting.Contains(p.Id))
            .ToList();
        var given = await infusions.ForAllAsync(cancellationToken);
        var today = clock.Today;
        var definition = (await db.DiaryEntries.AsNoTracking().Select(e => e.Definition).FirstOrDefaultAsync(cancellationToken)).ToString();

        var subjects = people
            .Where(p => given.ContainsKey(p.Id))
            .Select(p => (p.Id, p.Sex, p.DateOfBirth, First: given[p.Id][0], Code: RandomNumberGenerator.GetHexString(12, lowercase: true),
                Shift: RandomNumberGenerator.GetInt32(-LargestShiftDays, LargestShiftDays + 1)))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToList();

        var anchors = subjects.Select(s => (object)new
        {
            p = Key(s.Id),
            e = s.First.DayNumber - 1 - (PeriodDays * PeriodsBack),
            z = today.DayNumber,
        }).ToList();
#pragma warning disable EF1002 // the SQL is constant; the only value is a parameter
        var counts = await db.Database.SqlQueryRaw<CohortSql.WindowCount>(CohortSql.FollowUp(db.Provider), JsonSerializer.Serialize(anchors)).ToListAsync(cancellationToken);
#pragma warning restore EF1002
        var byPatient = counts.GroupBy(c => Guid.Parse(c.PatientId)).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Window).ToList());

        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', Dictionary.Select(d => d.Column)));
        var rows = 0;
        foreach (var s in subjects)
        {
            var age = s.First.Year - s.DateOfBirth.Year - (s.First < s.DateOfBirth.AddYears(s.First.Year - s.DateOfBirth.Year) ? 1 : 0);
            var ageText = age > OldestAgeShown ? "90+" : age.ToString(CultureInfo.InvariantCulture);
            string Shifted(DateOnly d) => d.AddDays(s.Shift).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var c in byPatient.GetValueOrDefault(s.Id) ?? [])
            {
                var start = DateOnly.FromDayNumber(s.First.DayNumber - (PeriodDays * PeriodsBack) + (PeriodDays * c.Window));
                if (start.AddDays(PeriodDays - 1) > today)
                {
                    continue;
                }

                var perMonth = c.Recorded > 0 ? (c.Migraine * (double)PeriodDays / c.Recorded).ToString("0.00", CultureInfo.InvariantCulture) : "";
                csv.AppendLine(CultureInfo.InvariantCulture, $"period,{s.Code},{s.Sex},{ageText},{Shifted(start)},{start.DayNumber - s.First.DayNumber},,{c.Recorded},{c.Migraine},{perMonth},{definition}");
                rows++;
            }

            var sessions = given[s.Id];
            for (var i = 0; i < sessions.Count; i++)
            {
                csv.AppendLine(CultureInfo.InvariantCulture, $"session,{s.Code},{s.Sex},{ageText},{Shifted(sessions[i])},{sessions[i].DayNumber - s.First.DayNumber},{i + 1},,,,");
                rows++;
            }
        }

        db.RecordAccess(AuditAction.Export, "ResearchExport", null, null, detail: $"{subjects.Count} consenting patients, {rows} rows, de-identified");
        await db.SaveChangesAsync(cancellationToken);
        return new Export(csv.ToString(), subjects.Count, rows);
    }

    public static string DictionaryCsv()
    {
        var text = new StringBuilder("column,meaning\n");
        foreach (var (column, meaning) in Dictionary)
        {
            text.Append(column).Append(",\"").Append(meaning.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\n");
        }

        return text.ToString();
    }

    private string Key(Guid id) => db.Provider == DatabaseProvider.Sqlite ? id.ToString("D").ToUpperInvariant() : id.ToString("D");
}

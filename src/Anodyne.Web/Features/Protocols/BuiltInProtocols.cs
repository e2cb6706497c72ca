using Anodyne.Clinical.Dosing;
using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Protocols;

/// <summary>
/// The protocols the clinic starts with, from the clinical notes (protocols-and-safety.md; values and tags
/// cited in each one's <see cref="ProtocolDraft.Sources"/>). They are written at start, in every environment,
/// for each code that has no version yet; the clinic's physicians then edit them into their own.
/// </summary>
public sealed class BuiltInProtocols(ClinicDbContext db, TimeProvider clock)
{
    public const string OutpatientSeries = "outpatient-series";
    public const string InpatientTitration = "inpatient-titration";
    public const string Booster = "booster-session";

    private const string NotInNotes = "Not in the notes, a clinic setting to be signed off by the clinic's physicians: ";

    public static IReadOnlyList<ProtocolDraft> Drafts { get; } =
    [
        new(
            OutpatientSeries,
            "Outpatient infusion series",
            "Refractory chronic migraine: a series of short outpatient infusions in the infusion chair.",
            ProtocolSetting.OutpatientChair,
            [new ProtocolStepSpec { Kind = ProtocolStepKind.Bolus, DoseMgPerKg = 0.5m, OverMinutes = 40m }],
            Sessions: 5,
            SpacingDays: 1,
            DosingWeightRule.Actual,
            MaxWeightAgeDays: 30,
            InfusionBagMgPerMl: 1m,
            DefaultBagVolumeMl: 100m,
            new ProtocolLimits(null, null, 0.5m, 0.75m, null, null, null, null, null, null),
            "0.5 mg/kg over 40 min on 5 consecutive days [Andrade 2017; Tankha 2025, verified; from depression and general chronic pain, "
            + "no migraine-specific study, protocols-and-safety.md 1.3]. Bolus soft limit 0.5 mg/kg (the protocol dose); hard limit 0.75 mg/kg, "
            + "the highest dose responders are reported from [Andrade 2017, verified]. " + NotInNotes
            + "dosing on actual weight, weight at most 30 days old, 100 mL bag, no session, 24-hour or series mg limit.",
            null),
        new(
            InpatientTitration,
            "Inpatient continuous titration",
            "Refractory chronic migraine: continuous infusion on the ward, titrated to pain over up to 5 days (Jefferson protocol).",
            ProtocolSetting.InpatientBed,
            [new ProtocolStepSpec
            {
                Kind = ProtocolStepKind.Titration,
                RateMgPerKgPerHour = 0.1m,
                StepMgPerKgPerHour = 0.1m,
                IntervalHours = 4m,
                TargetPainScore = 3,
                TargetHoldHours = 8m,
                CeilingMgPerKgPerHour = 1m,
                MaximumHours = 120m,
            }],
            Sessions: 1,
            SpacingDays: 0,
            DosingWeightRule.Actual,
            MaxWeightAgeDays: 30,
            InfusionBagMgPerMl: 1m,
            DefaultBagVolumeMl: 250m,
            new ProtocolLimits(1m, 1.5m, null, null, null, null, null, null, null, null),
            "Start 0.1 mg/kg/h, +0.1 mg/kg/h every 3-4 h as tolerated, target pain <= 3 held 8 h [Lauritsen 2016, verified]; every 4 h is the "
            + "slower end of 3-4 h (sources.md open question 1: Pomeroy's +0.05 mg/kg/h is secondary). Ceiling and soft rate limit 1 mg/kg/h, "
            + "which the attending may exceed [Rangavajjula 2017, verified]; planned 5-day admission [Schwenk 2018, verified]. Bags at 1 mg/mL "
            + "[CHEO, verified, controlled-substances.md]. " + NotInNotes + "hard rate limit 1.5 mg/kg/h (the notes give none; it stays below the "
            + "anaesthetic maintenance of 41 µg/kg/min = 2.46 mg/kg/h [Idvall 1979, derived]), actual weight at most 30 days old, 250 mL bags.",
            null),
        new(
            Booster,
            "Booster session",
            "Refractory chronic migraine: one outpatient infusion when benefit from an earlier series wanes.",
            ProtocolSetting.OutpatientChair,
            [new ProtocolStepSpec { Kind = ProtocolStepKind.Bolus, DoseMgPerKg = 0.25m, OverMinutes = 120m }],
            Sessions: 1,
            SpacingDays: 0,
            DosingWeightRule.Actual,
            MaxWeightAgeDays: 30,
            InfusionBagMgPerMl: 1m,
            DefaultBagVolumeMl: 100m,
            new ProtocolLimits(null, null, 0.3m, 0.75m, null, null, null, null, null, null),
            "0.25-0.3 mg/kg over 90-120 min, the outpatient headache clinic series (490 infusions) [J Pain 2010 abstract, verified, "
            + "protocols-and-safety.md 1.2]: the lowest dose over the longest time. Bolus soft limit 0.3 mg/kg (top of that range); hard 0.75 mg/kg "
            + "[Andrade 2017, verified]. " + NotInNotes + "actual weight at most 30 days old, 100 mL bag.",
            null),
    ];

    public async Task SeedDefaultsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Set<ProtocolVersion>().Select(p => p.Code).Distinct().ToListAsync(cancellationToken);
        var added = false;
        foreach (var draft in Drafts.Where(d => !existing.Contains(d.Code)))
        {
            db.Add(ProtocolVersion.Save(draft, 1, "Built-in (clinical notes)", null, clock.GetUtcNow().UtcDateTime));
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

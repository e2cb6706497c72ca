using System.Text.Json;
using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Protocols;

/// <summary>
/// One version of a treatment protocol. Saved versions never change: an edit is a new version of the same
/// <see cref="Code"/>, and an order keeps the id of the version it was written from.
/// </summary>
public sealed class ProtocolVersion : IClinicalRecord, IImmutableRecord
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Stable key shared by every version, e.g. "outpatient-series".</summary>
    public string Code { get; private set; } = "";

    public int Version { get; private set; }

    public string Name { get; private set; } = "";

    public string Indication { get; private set; } = "";

    public ProtocolSetting Setting { get; private set; }

    /// <summary>The steps of one session, in order, as JSON of <see cref="ProtocolStepSpec"/>.</summary>
    public string StepsJson { get; private set; } = "[]";

    /// <summary>Sessions in the series (1 for a single session or one admission).</summary>
    public int Sessions { get; private set; }

    /// <summary>Days from the start of one session to the start of the next (0 when there is one session).</summary>
    public int SpacingDays { get; private set; }

    public DosingWeightRule DosingWeightRule { get; private set; }

    /// <summary>The oldest a weight may be, in days, to dose on.</summary>
    public int MaxWeightAgeDays { get; private set; }

    /// <summary>Concentration titrated infusions are made up to, mg/mL.</summary>
    public decimal InfusionBagMgPerMl { get; private set; }

    public decimal DefaultBagVolumeMl { get; private set; }

    public decimal? RateSoftMgPerKgPerHour { get; private set; }

    public decimal? RateHardMgPerKgPerHour { get; private set; }

    public decimal? BolusSoftMgPerKg { get; private set; }

    public decimal? BolusHardMgPerKg { get; private set; }

    public decimal? SessionSoftMg { get; private set; }

    public decimal? SessionHardMg { get; private set; }

    public decimal? DaySoftMg { get; private set; }

    public decimal? DayHardMg { get; private set; }

    public decimal? SeriesSoftMg { get; private set; }

    public decimal? SeriesHardMg { get; private set; }

    /// <summary>Where each value comes from (clinical notes, with their tags), shown with the protocol.</summary>
    public string Sources { get; private set; } = "";

    public string? ChangeReason { get; private set; }

    public string SavedByName { get; private set; } = "";

    public string? SavedByUserId { get; private set; }

    public DateTime SavedAtUtc { get; private set; }

    Guid? IClinicalRecord.PatientId => null;

    public IReadOnlyList<ProtocolStepSpec> Steps() => JsonSerializer.Deserialize<List<ProtocolStepSpec>>(StepsJson, Json) ?? [];

    public static ProtocolVersion Save(ProtocolDraft draft, int version, string savedByName, string? savedByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new ProtocolVersion
        {
            Code = draft.Code,
            Version = version,
            Name = draft.Name.Trim(),
            Indication = draft.Indication.Trim(),
            Setting = draft.Setting,
            StepsJson = JsonSerializer.Serialize(draft.Steps, Json),
            Sessions = draft.Sessions,
            SpacingDays = draft.SpacingDays,
            DosingWeightRule = draft.DosingWeightRule,
            MaxWeightAgeDays = draft.MaxWeightAgeDays,
            InfusionBagMgPerMl = draft.InfusionBagMgPerMl,
            DefaultBagVolumeMl = draft.DefaultBagVolumeMl,
            RateSoftMgPerKgPerHour = draft.Limits.RateSoftMgPerKgPerHour,
            RateHardMgPerKgPerHour = draft.Limits.RateHardMgPerKgPerHour,
            BolusSoftMgPerKg = draft.Limits.BolusSoftMgPerKg,
            BolusHardMgPerKg = draft.Limits.BolusHardMgPerKg,
            SessionSoftMg = draft.Limits.SessionSoftMg,
            SessionHardMg = draft.Limits.SessionHardMg,
            DaySoftMg = draft.Limits.DaySoftMg,
            DayHardMg = draft.Limits.DayHardMg,
            SeriesSoftMg = draft.Limits.SeriesSoftMg,
            SeriesHardMg = draft.Limits.SeriesHardMg,
            Sources = draft.Sources.Trim(),
            ChangeReason = string.IsNullOrWhiteSpace(draft.ChangeReason) ? null : draft.ChangeReason.Trim(),
            SavedByName = savedByName,
            SavedByUserId = savedByUserId,
            SavedAtUtc = nowUtc,
        };
    }

    public ProtocolLimits Limits() => new(
        RateSoftMgPerKgPerHour, RateHardMgPerKgPerHour, BolusSoftMgPerKg, BolusHardMgPerKg,
        SessionSoftMg, SessionHardMg, DaySoftMg, DayHardMg, SeriesSoftMg, SeriesHardMg);

    public ProtocolDraft ToDraft() => new(Code, Name, Indication, Setting, Steps(), Sessions, SpacingDays, DosingWeightRule,
        MaxWeightAgeDays, InfusionBagMgPerMl, DefaultBagVolumeMl, Limits(), Sources, null);
}

/// <summary>A protocol as entered, before it is saved as a version.</summary>
public sealed record ProtocolDraft(
    string Code,
    string Name,
    string Indication,
    ProtocolSetting Setting,
    IReadOnlyList<ProtocolStepSpec> Steps,
    int Sessions,
    int SpacingDays,
    DosingWeightRule DosingWeightRule,
    int MaxWeightAgeDays,
    decimal InfusionBagMgPerMl,
    decimal DefaultBagVolumeMl,
    ProtocolLimits Limits,
    string Sources,
    string? ChangeReason);

/// <summary>Soft and hard limits per kind; null where the clinic has set none.</summary>
public sealed record ProtocolLimits(
    decimal? RateSoftMgPerKgPerHour,
    decimal? RateHardMgPerKgPerHour,
    decimal? BolusSoftMgPerKg,
    decimal? BolusHardMgPerKg,
    decimal? SessionSoftMg,
    decimal? SessionHardMg,
    decimal? DaySoftMg,
    decimal? DayHardMg,
    decimal? SeriesSoftMg,
    decimal? SeriesHardMg)
{
    /// <summary>The limits for the clinical check; a pair with either side missing counts as not set.</summary>
    public DoseLimits ToClinical() => new(
        Pair(RateSoftMgPerKgPerHour, RateHardMgPerKgPerHour, v => new WeightBasedRate(v)),
        Pair(BolusSoftMgPerKg, BolusHardMgPerKg, v => new WeightBasedDose(v)),
        Pair(SessionSoftMg, SessionHardMg, v => new Mass(v)),
        Pair(DaySoftMg, DayHardMg, v => new Mass(v)),
        Pair(SeriesSoftMg, SeriesHardMg, v => new Mass(v)));

    /// <summary>Field and message for each pair that cannot be a limit (negative, or hard below soft).</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        foreach (var (field, soft, hard) in new (string, decimal?, decimal?)[]
        {
            ("RateHardMgPerKgPerHour", RateSoftMgPerKgPerHour, RateHardMgPerKgPerHour),
            ("BolusHardMgPerKg", BolusSoftMgPerKg, BolusHardMgPerKg),
            ("SessionHardMg", SessionSoftMg, SessionHardMg),
            ("DayHardMg", DaySoftMg, DayHardMg),
            ("SeriesHardMg", SeriesSoftMg, SeriesHardMg),
        })
        {
            if (soft < 0m || hard < 0m)
            {
                yield return (field, "Limits cannot be negative.");
            }
            else if ((soft is null) != (hard is null))
            {
                yield return (field, "Set both the soft and the hard limit, or neither.");
            }
            else if (hard < soft)
            {
                yield return (field, "The hard limit cannot be below the soft limit.");
            }
        }
    }

    private static DoseLimit<T>? Pair<T>(decimal? soft, decimal? hard, Func<decimal, T> make)
        where T : class, IComparable<T> =>
        soft is { } s && hard is { } h && s >= 0m && h >= s ? new DoseLimit<T>(make(s), make(h)) : null;
}

using System.Text.Json;
using Anodyne.Clinical.Dosing;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Protocols;

namespace Anodyne.Web.Features.Orders;

/// <summary>
/// A physician's signed order of a protocol for a patient. Immutable once signed: a change is a new version
/// (<see cref="Version"/> + 1, <see cref="ReplacesOrderId"/>) with a reason, and needs its own double-check.
/// It keeps everything later work reads without recalculating: the protocol version, sessions and spacing,
/// the weight it was dosed on, and per step the mg, volume drawn, bag and pump rate (<see cref="Preparation"/>).
/// </summary>
public sealed class TreatmentOrder : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    /// <summary>The first version's id, shared by every version of this order.</summary>
    public Guid ChainId { get; private set; }

    public int Version { get; private set; }

    public Guid? ReplacesOrderId { get; private set; }

    public string? ChangeReason { get; private set; }

    public Guid ProtocolVersionId { get; private set; }

    public string ProtocolCode { get; private set; } = "";

    public string ProtocolName { get; private set; } = "";

    public int ProtocolVersionNumber { get; private set; }

    public ProtocolSetting Setting { get; private set; }

    /// <summary>The steps as ordered (the protocol's, with any dose the physician changed), JSON of <see cref="ProtocolStepSpec"/>.</summary>
    public string StepsJson { get; private set; } = "[]";

    public int Sessions { get; private set; }

    public int SpacingDays { get; private set; }

    public decimal WeightKg { get; private set; }

    public DateOnly WeightMeasuredOn { get; private set; }

    public decimal? HeightCm { get; private set; }

    public DosingSex? Sex { get; private set; }

    public DosingWeightRule DosingWeightRule { get; private set; }

    public decimal DosingWeightKg { get; private set; }

    public string DosingWeightFormula { get; private set; } = "";

    public decimal VialMgPerMl { get; private set; }

    public decimal BagVolumeMl { get; private set; }

    /// <summary>Per step: mg, mL drawn, bag concentration, pump mL/h (JSON of <see cref="OrderedStep"/>).</summary>
    public string PreparationJson { get; private set; } = "[]";

    /// <summary>The worst limit outcome when signed (never a hard limit: those cannot be signed).</summary>
    public DoseLimitOutcome LimitOutcome { get; private set; }

    /// <summary>The physician's documented reason for going past a soft limit.</summary>
    public string? OverrideReason { get; private set; }

    public string SignedByUserId { get; private set; } = "";

    public string SignedByName { get; private set; } = "";

    public DateTime SignedAtUtc { get; private set; }

    Guid? IClinicalRecord.PatientId => PatientId;

    public IReadOnlyList<ProtocolStepSpec> Steps() => JsonSerializer.Deserialize<List<ProtocolStepSpec>>(StepsJson, ProtocolVersion.Json) ?? [];

    public IReadOnlyList<OrderedStep> Preparation() => JsonSerializer.Deserialize<List<OrderedStep>>(PreparationJson, ProtocolVersion.Json) ?? [];

    internal static TreatmentOrder Sign(OrderWorkup.Input input, OrderWorkup.Result workup, TreatmentOrder? replaces, string? changeReason, string? overrideReason, string userId, string userName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(workup);
        if (workup.Blocked || workup.Limits is null || workup.DosingWeight is null || !workup.Limits.MayProceed(overrideReason))
        {
            throw new InvalidOperationException("Only an order that is not blocked and within its limits (or overridden with a reason) can be signed.");
        }

        var id = Guid.CreateVersion7();
        return new TreatmentOrder
        {
            Id = id,
            PatientId = input.PatientId,
            ChainId = replaces?.ChainId ?? id,
            Version = (replaces?.Version ?? 0) + 1,
            ReplacesOrderId = replaces?.Id,
            ChangeReason = replaces is null ? null : changeReason?.Trim(),
            ProtocolVersionId = input.Protocol.Id,
            ProtocolCode = input.Protocol.Code,
            ProtocolName = input.Protocol.Name,
            ProtocolVersionNumber = input.Protocol.Version,
            Setting = input.Protocol.Setting,
            StepsJson = JsonSerializer.Serialize(input.Steps, ProtocolVersion.Json),
            Sessions = input.Protocol.Sessions,
            SpacingDays = input.Protocol.SpacingDays,
            WeightKg = input.WeightKg,
            WeightMeasuredOn = input.WeightMeasuredOn,
            HeightCm = input.HeightCm,
            Sex = input.Sex,
            DosingWeightRule = input.Protocol.DosingWeightRule,
            DosingWeightKg = workup.DosingWeight.Weight.Kilograms,
            DosingWeightFormula = workup.DosingWeight.Formula,
            VialMgPerMl = input.VialMgPerMl,
            BagVolumeMl = input.BagVolumeMl,
            PreparationJson = JsonSerializer.Serialize(workup.Steps, ProtocolVersion.Json),
            LimitOutcome = workup.Limits.Outcome,
            OverrideReason = workup.Limits.Outcome == DoseLimitOutcome.SoftLimitExceeded ? overrideReason?.Trim() : null,
            SignedByUserId = userId,
            SignedByName = userName,
            SignedAtUtc = nowUtc,
        };
    }

    /// <summary>The inputs this order was written from, to work it up again (for the preview or a new version).</summary>
    internal OrderWorkup.Input ToInput(ProtocolVersion protocol) =>
        new(PatientId, protocol, Steps(), WeightKg, WeightMeasuredOn, HeightCm, Sex, VialMgPerMl, BagVolumeMl);
}

/// <summary>One step of a signed order as the nurse prepares and runs it; amounts already rounded as shown.</summary>
public sealed record OrderedStep(
    int Number,
    string Description,
    decimal DurationMinutes,
    decimal? DoseMgPerKg,
    decimal? RateMgPerKgPerHour,
    decimal ExactMg,
    decimal Mg,
    decimal ExactDrawMl,
    decimal DrawMl,
    decimal BagVolumeMl,
    decimal BagMgPerMl,
    decimal? ExactPumpMlPerHour,
    decimal? PumpMlPerHour,
    decimal? DeliveredMgPerHour,
    IReadOnlyList<OrderedTitrationLevel> TitrationLevels);

public sealed record OrderedTitrationLevel(decimal RateMgPerKgPerHour, decimal MgPerHour, decimal PumpMlPerHour);

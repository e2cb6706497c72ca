using Anodyne.Clinical.Dosing;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Orders;

/// <summary>What a limit check was made for.</summary>
public enum LimitCheckContext
{
    /// <summary>An order worked up for preview.</summary>
    OrderPreview,

    /// <summary>An order presented for signature.</summary>
    OrderSigning,

    /// <summary>A rate change proposed during a session.</summary>
    RateChange,
}

/// <summary>One dose-limit check as it was made: every finding, the worst outcome, any reason given, and whether it went ahead.</summary>
public sealed class DoseLimitCheckRecord : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public Guid? OrderId { get; private set; }

    public Guid ProtocolVersionId { get; private set; }

    public LimitCheckContext Context { get; private set; }

    public DoseLimitOutcome Outcome { get; private set; }

    /// <summary>One finding per line, as shown to the user.</summary>
    public string Findings { get; private set; } = "";

    public string? Reason { get; private set; }

    public bool Proceeded { get; private set; }

    public string CheckedByUserId { get; private set; } = "";

    public DateTime CheckedAtUtc { get; private set; }

    Guid? IClinicalRecord.PatientId => PatientId;

    public static DoseLimitCheckRecord Of(Guid patientId, Guid? orderId, Guid protocolVersionId, LimitCheckContext context, DoseLimitCheckResult result, string? reason, bool proceeded, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new DoseLimitCheckRecord
        {
            PatientId = patientId,
            OrderId = orderId,
            ProtocolVersionId = protocolVersionId,
            Context = context,
            Outcome = result.Outcome,
            Findings = string.Join('\n', result.Evaluations.Select(e => e.Message)),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            Proceeded = proceeded,
            CheckedByUserId = userId,
            CheckedAtUtc = nowUtc,
        };
    }
}

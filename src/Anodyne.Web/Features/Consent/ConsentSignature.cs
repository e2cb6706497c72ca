using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Consent;

public enum ConsentAction
{
    Consented = 1,
    Withdrawn = 2,
}

public enum ConsentChannel
{
    /// <summary>On a clinic device, with the member of staff beside the patient as witness.</summary>
    Tablet = 1,

    /// <summary>In the patient portal; awaits a witness until signed again in the clinic.</summary>
    Portal = 2,
}

/// <summary>
/// A patient's signature on one version of the consent text (or their withdrawal). Immutable once saved: a
/// withdrawal or a new consent is a new record.
/// </summary>
public sealed class ConsentSignature : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public ConsentAction Action { get; private set; }

    public ConsentChannel Channel { get; private set; }

    /// <summary>The exact text version the patient read.</summary>
    public Guid ConsentTextId { get; private set; }

    public int TextVersion { get; private set; }

    /// <summary>The full name as the patient typed it.</summary>
    public string TypedName { get; private set; } = "";

    /// <summary>The member of staff who witnessed it (confirmed with their password); null for a portal signature.</summary>
    public string? WitnessUserId { get; private set; }

    public string? WitnessName { get; private set; }

    public DateTime SignedAtUtc { get; private set; }

    Guid? IClinicalRecord.PatientId => PatientId;

    public bool IsWitnessed => WitnessUserId is not null;

    public static ConsentSignature Sign(Guid patientId, ConsentAction action, ConsentChannel channel, ConsentText text, string typedName, string? witnessUserId, string? witnessName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(typedName);
        if (channel == ConsentChannel.Tablet && string.IsNullOrEmpty(witnessUserId))
        {
            throw new ArgumentException("A signature in the clinic needs a witness.", nameof(witnessUserId));
        }

        return new ConsentSignature
        {
            PatientId = patientId,
            Action = action,
            Channel = channel,
            ConsentTextId = text.Id,
            TextVersion = text.Version,
            TypedName = typedName.Trim(),
            WitnessUserId = witnessUserId,
            WitnessName = witnessName,
            SignedAtUtc = nowUtc,
        };
    }
}

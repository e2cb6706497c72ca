using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// A correction of a diary day: who changed it, when and why, and the answers as they were before. Never changed
/// or deleted, so every earlier version of a day can be read back.
/// </summary>
public sealed class DiaryAmendment : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DiaryEntryId { get; private set; }

    public Guid PatientId { get; private set; }

    public DateTime AmendedAtUtc { get; private set; }

    public string AmendedByUserId { get; private set; } = "";

    public bool AmendedByStaff { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>The previous answers, as JSON.</summary>
    public string PreviousAnswersJson { get; private set; } = "";

    Guid? IClinicalRecord.PatientId => PatientId;

    public static DiaryAmendment Of(DiaryEntry entry, string reason, bool byStaff, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new DiaryAmendment
        {
            DiaryEntryId = entry.Id,
            PatientId = entry.PatientId,
            AmendedAtUtc = nowUtc,
            AmendedByUserId = userId,
            AmendedByStaff = byStaff,
            Reason = reason,
            PreviousAnswersJson = System.Text.Json.JsonSerializer.Serialize(entry.Answers()),
        };
    }
}

using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// The patient's answer to research use of their de-identified data, kept apart from the patient record. The newest
/// answer counts; a withdrawal is a new row with <see cref="Consents"/> false.
/// </summary>
public sealed class ResearchConsent : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public bool Consents { get; private set; }

    public DateOnly AnsweredOn { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    Guid? IClinicalRecord.PatientId => PatientId;

    public static ResearchConsent Record(Guid patientId, bool consents, DateOnly answeredOn, string userId, DateTime nowUtc) => new()
    {
        PatientId = patientId,
        Consents = consents,
        AnsweredOn = answeredOn,
        RecordedAtUtc = nowUtc,
        RecordedByUserId = userId,
    };
}

using Anodyne.Clinical.Screening;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Eligibility;

/// <summary>
/// A ketamine contraindication screen taken on one day. The facts are stored; the findings are worked out by the
/// clinical library whenever the entry is shown. A later screen is a new entry; earlier ones stay as they were.
/// </summary>
public sealed class ScreeningEntry : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public DateOnly ScreenedOn { get; private set; }

    public ScreeningFacts Facts { get; private set; } = new();

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    Guid? IClinicalRecord.PatientId => PatientId;

    public static ScreeningEntry Record(Guid patientId, DateOnly screenedOn, ScreeningFacts facts, DateTime nowUtc, string userId)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _ = facts.ToHistory(); // refuses impossible facts before they are stored
        return new ScreeningEntry
        {
            PatientId = patientId,
            ScreenedOn = screenedOn,
            Facts = facts,
            RecordedAtUtc = nowUtc,
            RecordedByUserId = userId,
        };
    }

    public KetamineScreeningResult Screen() => ScreenForKetamine.Screen(Facts.ToHistory(), KetamineScreeningOptions.Default);
}

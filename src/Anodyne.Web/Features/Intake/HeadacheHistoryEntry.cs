using Anodyne.Clinical.Diagnosis;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Intake;

/// <summary>
/// A headache history taken on one day. The facts are stored; the ICHD-3 classification is made by the clinical
/// library whenever the entry is shown, from the facts and the patient's age on that day.
/// </summary>
public sealed class HeadacheHistoryEntry : IClinicalRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public DateOnly TakenOn { get; private set; }

    /// <summary>The patient's age in whole years on the day the history was taken.</summary>
    public int AgeYears { get; private set; }

    public HeadacheHistoryFacts Facts { get; private set; } = new();

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    Guid? IClinicalRecord.PatientId => PatientId;

    public static HeadacheHistoryEntry Record(Guid patientId, DateOnly takenOn, int ageYears, HeadacheHistoryFacts facts, DateTime nowUtc, string userId)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _ = facts.ToHistory(ageYears); // refuses impossible facts before they are stored
        return new HeadacheHistoryEntry
        {
            PatientId = patientId,
            TakenOn = takenOn,
            AgeYears = ageYears,
            Facts = facts,
            RecordedAtUtc = nowUtc,
            RecordedByUserId = userId,
        };
    }

    public HeadacheClassification Classify() => ClassifyHeadache.Classify(Facts.ToHistory(AgeYears), MedicationOveruseOptions.Default);
}

using Anodyne.Clinical.Eligibility;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Intake;

/// <summary>One preventive the patient tried before: class, drug, dose, length and why it was stopped.</summary>
public sealed class PreventiveTrialEntry : IClinicalRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public PreventiveClass Class { get; private set; }

    public string Drug { get; private set; } = "";

    public string Dose { get; private set; } = "";

    public bool ReachedOptimalOrMaximumToleratedDose { get; private set; }

    public int DurationWeeks { get; private set; }

    public ReasonStopped ReasonStopped { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    Guid? IClinicalRecord.PatientId => PatientId;

    public static PreventiveTrialEntry Record(Guid patientId, PreventiveTrial trial, DateTime nowUtc, string userId)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new PreventiveTrialEntry
        {
            PatientId = patientId,
            Class = trial.Class,
            Drug = trial.Drug,
            Dose = trial.Dose,
            ReachedOptimalOrMaximumToleratedDose = trial.ReachedOptimalOrMaximumToleratedDose,
            DurationWeeks = trial.DurationWeeks,
            ReasonStopped = trial.ReasonStopped,
            RecordedAtUtc = nowUtc,
            RecordedByUserId = userId,
        };
    }

    public PreventiveTrial ToTrial() => new(Class, Drug, Dose, ReachedOptimalOrMaximumToleratedDose, DurationWeeks, ReasonStopped);
}

using Anodyne.Clinical.Scores;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Intake;

/// <summary>
/// A MIDAS as the patient answered it on one day. The day counts are stored; the score and grade are worked out
/// by the clinical library whenever the entry is shown.
/// </summary>
public sealed class MidasEntry : IClinicalRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    /// <summary>The day the questionnaire was answered (its recall period is the 3 months before).</summary>
    public DateOnly AnsweredOn { get; private set; }

    public int MissedWorkOrSchoolDays { get; private set; }

    public int ReducedWorkOrSchoolProductivityDays { get; private set; }

    public int MissedHouseholdWorkDays { get; private set; }

    public int ReducedHouseholdProductivityDays { get; private set; }

    public int MissedFamilySocialOrLeisureDays { get; private set; }

    public int HeadacheDays { get; private set; }

    public int AveragePain { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    Guid? IClinicalRecord.PatientId => PatientId;

    public static MidasEntry Record(Guid patientId, DateOnly answeredOn, MidasResponse response, DateTime nowUtc, string userId)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new MidasEntry
        {
            PatientId = patientId,
            AnsweredOn = answeredOn,
            MissedWorkOrSchoolDays = response.MissedWorkOrSchoolDays,
            ReducedWorkOrSchoolProductivityDays = response.ReducedWorkOrSchoolProductivityDays,
            MissedHouseholdWorkDays = response.MissedHouseholdWorkDays,
            ReducedHouseholdProductivityDays = response.ReducedHouseholdProductivityDays,
            MissedFamilySocialOrLeisureDays = response.MissedFamilySocialOrLeisureDays,
            HeadacheDays = response.HeadacheDays,
            AveragePain = response.AveragePain,
            RecordedAtUtc = nowUtc,
            RecordedByUserId = userId,
        };
    }

    public MidasResponse Response() => new(
        MissedWorkOrSchoolDays, ReducedWorkOrSchoolProductivityDays, MissedHouseholdWorkDays,
        ReducedHouseholdProductivityDays, MissedFamilySocialOrLeisureDays, HeadacheDays, AveragePain);

    public MidasScore Score() => Response().Score(MidasOptions.Default);
}

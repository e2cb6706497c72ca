using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// One day of a patient's headache diary; at most one per patient and clinic day. The answers are stored, and so is
/// how the clinical library classified the day when it was saved (<see cref="Definition"/> names the migraine-day
/// definition used), so that cohort figures can be summed in SQL over millions of days. A correction changes the
/// entry and keeps the previous answers in a <see cref="DiaryAmendment"/>.
/// </summary>
public sealed class DiaryEntry : IClinicalRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public DateOnly Day { get; private set; }

    /// <summary><see cref="DateOnly.DayNumber"/> of <see cref="Day"/>: whole-day arithmetic in SQL on both databases.</summary>
    public int DayNumber { get; private set; }

    public bool HadHeadache { get; private set; }

    public TimeOnly? StartedAt { get; private set; }

    public int? DurationMinutes { get; private set; }

    public HeadacheSeverity? PeakSeverity { get; private set; }

    public MigraineFeatures Features { get; private set; }

    public bool FeltLikeMigraine { get; private set; }

    public int? AuraMinutes { get; private set; }

    public AcuteMedicationClasses AcuteMedication { get; private set; }

    public bool MedicineHelped { get; private set; }

    public MissedActivities Missed { get; private set; }

    public bool IsHeadacheDay { get; private set; }

    public bool IsMigraineDay { get; private set; }

    public bool IsModerateOrSevereDay { get; private set; }

    public bool IsDebilitatingDay { get; private set; }

    public MigraineDayDefinition Definition { get; private set; }

    /// <summary>True when a member of staff entered the day for the patient (from a call or a paper diary).</summary>
    public bool EnteredByStaff { get; private set; }

    public string EnteredByUserId { get; private set; } = "";

    public DateTime RecordedAtUtc { get; private set; }

    public DateTime? AmendedAtUtc { get; private set; }

    /// <summary>The client's Idempotency-Key of the post that created the entry: a retried post finds it.</summary>
    public string? IdempotencyKey { get; private set; }

    Guid? IClinicalRecord.PatientId => PatientId;

    public static DiaryEntry Record(Guid patientId, DiaryAnswers answers, OutcomeSettings settings, bool byStaff, string userId, DateTime nowUtc, string? idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var entry = new DiaryEntry
        {
            PatientId = patientId,
            Day = answers.Day,
            DayNumber = answers.Day.DayNumber,
            EnteredByStaff = byStaff,
            EnteredByUserId = userId,
            RecordedAtUtc = nowUtc,
            IdempotencyKey = idempotencyKey,
        };
        entry.Apply(answers, settings);
        return entry;
    }

    /// <summary>Replaces the answers; the caller keeps the old ones in an amendment.</summary>
    public void Amend(DiaryAnswers answers, OutcomeSettings settings, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Day != Day)
        {
            throw new ArgumentException("An amendment keeps the day of the entry.", nameof(answers));
        }

        Apply(answers, settings);
        AmendedAtUtc = nowUtc;
    }

    public DiaryAnswers Answers() => new(Day, HadHeadache, StartedAt, DurationMinutes, PeakSeverity, Features, FeltLikeMigraine, AuraMinutes, AcuteMedication, MedicineHelped, Missed);

    private void Apply(DiaryAnswers answers, OutcomeSettings settings)
    {
        HadHeadache = answers.HadHeadache;
        StartedAt = answers.HadHeadache ? answers.StartedAt : null;
        DurationMinutes = answers.HadHeadache ? answers.DurationMinutes : null;
        PeakSeverity = answers.HadHeadache ? answers.PeakSeverity : null;
        Features = answers.HadHeadache ? answers.Features : MigraineFeatures.None;
        FeltLikeMigraine = answers.HadHeadache && answers.FeltLikeMigraine;
        AuraMinutes = answers.AuraMinutes;
        AcuteMedication = answers.AcuteMedication;
        MedicineHelped = answers.AcuteMedication != AcuteMedicationClasses.None && answers.MedicineHelped;
        Missed = answers.Missed;
        var day = DiaryDayClassifier.Classify(answers.ToDiaryDay(), settings.MigraineDayDefinition);
        IsHeadacheDay = day.IsHeadacheDay;
        IsMigraineDay = day.IsMigraineDay;
        IsModerateOrSevereDay = day.IsModerateOrSevereDay;
        IsDebilitatingDay = day.IsDebilitatingDay;
        Definition = settings.MigraineDayDefinition;
    }
}

/// <summary>What the patient could not do that day because of headache.</summary>
[Flags]
public enum MissedActivities
{
    None = 0,
    Work = 1,
    School = 2,
    Housework = 4,
}

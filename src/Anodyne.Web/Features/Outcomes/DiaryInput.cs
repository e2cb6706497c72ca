using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// A diary day as the form or the JSON body gives it. Checked by <see cref="RecordDiaryDay.Check"/>, which gives
/// each wrong field its message in English and Spanish.
/// </summary>
public sealed class DiaryInput
{
    public DateOnly? Day { get; set; }

    public bool? HadHeadache { get; set; }

    public TimeOnly? StartedAt { get; set; }

    public decimal? DurationHours { get; set; }

    public HeadacheSeverity? PeakSeverity { get; set; }

    public List<MigraineFeatures>? Features { get; set; }

    public bool FeltLikeMigraine { get; set; }

    public int? AuraMinutes { get; set; }

    public List<AcuteMedicationClasses>? Medicines { get; set; }

    public bool MedicineHelped { get; set; }

    public List<MissedActivities>? Missed { get; set; }

    /// <summary>Needed when the day already has an entry: why it is being corrected.</summary>
    public string? CorrectionReason { get; set; }

    public static DiaryInput From(DiaryAnswers a) => new()
    {
        Day = a.Day,
        HadHeadache = a.HadHeadache,
        StartedAt = a.StartedAt,
        DurationHours = a.DurationMinutes is { } m ? Math.Round(m / 60m, 2) : null,
        PeakSeverity = a.PeakSeverity,
        Features = [.. Enum.GetValues<MigraineFeatures>().Where(f => f != MigraineFeatures.None && a.Features.HasFlag(f))],
        FeltLikeMigraine = a.FeltLikeMigraine,
        AuraMinutes = a.AuraMinutes,
        Medicines = [.. Enum.GetValues<AcuteMedicationClasses>().Where(f => f != AcuteMedicationClasses.None && a.AcuteMedication.HasFlag(f))],
        MedicineHelped = a.MedicineHelped,
        Missed = [.. Enum.GetValues<MissedActivities>().Where(f => f != MissedActivities.None && a.Missed.HasFlag(f))],
    };
}

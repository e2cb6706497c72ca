using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>The answers of one diary day, already checked (see <see cref="DiaryInput"/>).</summary>
public sealed record DiaryAnswers(
    DateOnly Day,
    bool HadHeadache,
    TimeOnly? StartedAt,
    int? DurationMinutes,
    HeadacheSeverity? PeakSeverity,
    MigraineFeatures Features,
    bool FeltLikeMigraine,
    int? AuraMinutes,
    AcuteMedicationClasses AcuteMedication,
    bool MedicineHelped,
    MissedActivities Missed)
{
    /// <summary>The day as the clinical library reads it.</summary>
    public DiaryDay ToDiaryDay() => new(
        Day,
        HadHeadache && DurationMinutes is { } minutes && PeakSeverity is { } severity
            ? new Headache(TimeSpan.FromMinutes(minutes), severity, Features, FeltLikeMigraine, MedicineHelped)
            : null,
        AuraMinutes is { } aura ? new Aura(TimeSpan.FromMinutes(aura), AuraCharacteristics.None) : null,
        AcuteMedication,
        // missing work, school or housework is the "serious impairment of daily activities" of EHF 2020 (diagnosis.md §3.6)
        HadHeadache && Missed != MissedActivities.None ? FunctionalImpact.SeriousImpairment : FunctionalImpact.None);
}

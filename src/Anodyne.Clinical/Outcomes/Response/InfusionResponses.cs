using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Clinical.Outcomes.Periods;

namespace Anodyne.Clinical.Outcomes.Response;

/// <summary>Responder status in the window after each infusion of a series.</summary>
public static class InfusionResponses
{
    /// <summary>
    /// For each infusion, measures days 1 to <see cref="OutcomeSettings.ResponseWindowDays"/> after it (days 1–28 as
    /// KetHead does, outcomes.md §4.7) against the baseline. Windows of close infusions overlap; each is reported.
    /// </summary>
    public static IReadOnlyList<InfusionResponse> Assess(
        PeriodOutcome baseline,
        IEnumerable<DiaryDay> diary,
        IEnumerable<DateOnly> infusionDates,
        DateOnly today,
        OutcomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(diary);
        ArgumentNullException.ThrowIfNull(infusionDates);
        ArgumentNullException.ThrowIfNull(settings);

        var days = diary.ToList();
        return infusionDates
            .Distinct()
            .Order()
            .Select(date => AssessOne(baseline, days, date, today, settings))
            .ToList();
    }

    private static InfusionResponse AssessOne(
        PeriodOutcome baseline, List<DiaryDay> diary, DateOnly infusionDate, DateOnly today, OutcomeSettings settings)
    {
        var window = DiaryPeriod.StartingOn(infusionDate.AddDays(1), settings.ResponseWindowDays);
        if (window.LastDay > today)
        {
            return new InfusionResponse(infusionDate, window, ResponseAssessment.WindowNotYetComplete, null, null);
        }

        var outcome = DiaryOutcomes.Measure(diary, window, settings);
        if (!baseline.IsValid)
        {
            return new InfusionResponse(infusionDate, window, ResponseAssessment.NoValidBaseline, outcome, null);
        }

        if (!outcome.IsValid)
        {
            return new InfusionResponse(infusionDate, window, ResponseAssessment.IncompleteDiary, outcome, null);
        }

        var change = ChangeFromBaseline.Between(baseline, outcome, settings.ResponderReductions);
        return new InfusionResponse(infusionDate, window, ResponseAssessment.Assessed, outcome, change);
    }
}

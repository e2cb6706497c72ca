namespace Anodyne.Clinical.Outcomes.Schedule;

/// <summary>
/// When a repeat questionnaire is due: one recall period after the last one answered, so successive answers
/// cover the time between them without gaps or overlap. HIT-6 recalls the last 4 weeks (outcomes.md §4.3),
/// MIDAS the last 3 months (outcomes.md §4.4); the intervals are settings (<see cref="OutcomeSettings"/>).
/// A patient who never answered is due now.
/// </summary>
public static class QuestionnaireSchedule
{
    public static DateOnly DueOn(DateOnly? lastAnswered, int intervalDays, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalDays, 1);
        return lastAnswered is { } last ? last.AddDays(intervalDays) : today;
    }

    public static bool IsDue(DateOnly? lastAnswered, int intervalDays, DateOnly today) =>
        DueOn(lastAnswered, intervalDays, today) <= today;
}

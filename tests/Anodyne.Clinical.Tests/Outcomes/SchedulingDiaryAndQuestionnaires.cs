using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Schedule;

namespace Anodyne.Clinical.Tests.Outcomes;

public class SchedulingDiaryAndQuestionnaires
{
    private static readonly DateOnly Today = new(2026, 5, 20);

    [Theory]
    // HIT-6 recalls 4 weeks (outcomes.md §4.3): answered 22 April, due 20 May
    [InlineData("2026-04-22", 28, true)]
    [InlineData("2026-04-23", 28, false)]
    // MIDAS recalls 3 months (outcomes.md §4.4), 91 days: answered 18 February, due 20 May
    [InlineData("2026-02-18", 91, true)]
    [InlineData("2026-02-19", 91, false)]
    public void A_questionnaire_is_due_one_recall_period_after_the_last_answer(string last, int interval, bool due)
    {
        Assert.Equal(due, QuestionnaireSchedule.IsDue(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), interval, Today));
    }

    [Fact]
    public void A_patient_who_never_answered_is_due_today()
    {
        Assert.Equal(Today, QuestionnaireSchedule.DueOn(null, 28, Today));
    }

    [Fact]
    public void A_patient_may_backfill_only_within_the_limit_and_never_ahead()
    {
        var settings = OutcomeSettings.Default with { DiaryBackfillDays = 7 };

        Assert.True(DiaryReminder.MayEnter(Today.AddDays(-7), Today, settings));
        Assert.False(DiaryReminder.MayEnter(Today.AddDays(-8), Today, settings));
        Assert.False(DiaryReminder.MayEnter(Today.AddDays(1), Today, settings));
    }

    [Fact]
    public void Missing_days_are_those_in_the_window_without_an_entry_newest_first()
    {
        var settings = OutcomeSettings.Default with { DiaryBackfillDays = 3 };

        var missing = DiaryReminder.MissingDays([Today, Today.AddDays(-2)], Today, settings);

        Assert.Equal([Today.AddDays(-1), Today.AddDays(-3)], missing);
    }

    [Fact]
    public void A_reminder_is_due_when_yesterday_has_no_entry()
    {
        Assert.False(DiaryReminder.IsDue(Today.AddDays(-1), Today));
        Assert.True(DiaryReminder.IsDue(Today.AddDays(-2), Today));
        Assert.True(DiaryReminder.IsDue(null, Today));
    }
}

using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Clinical.Tests.Outcomes;

public class ChoosingOutcomeSettings
{
    [Fact]
    public void The_defaults_are_the_values_in_the_notes_or_the_conservative_choice()
    {
        var settings = OutcomeSettings.Default;

        // ICHD-3 1.3 C day (diagnosis.md §3.3); outcomes.md §4.1 has no consensus definition
        Assert.Equal(MigraineDayDefinition.ChronicMigraineCriterionC, settings.MigraineDayDefinition);
        // the notes are silent on missing diary days: only complete periods count
        Assert.Equal(1m, settings.MinimumDiaryCompleteness);
        // 28-day baseline and responders at 50% and 30% (outcomes.md §4.2)
        Assert.Equal(28, settings.BaselineDays);
        Assert.Equal([0.5m, 0.3m], settings.ResponderReductions);
        // KetHead windows of days 1–28, 29–56, 57–84 (outcomes.md §4.7)
        Assert.Equal(28, settings.ResponseWindowDays);
        Assert.Equal(28, settings.DurabilityWindowStepDays);
        // ICHD-3 8.2.6 (diagnosis.md §3.4)
        Assert.Equal(10, settings.MultipleClassOveruseDays);
        // benefit ends when the patient is no longer a 50% responder
        Assert.Equal(0.5m, settings.RelapseBelowReduction);
    }

    [Fact]
    public void Impossible_settings_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeSettings.Default with { MinimumDiaryCompleteness = 0m });
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeSettings.Default with { MinimumDiaryCompleteness = 1.1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeSettings.Default with { BaselineDays = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeSettings.Default with { ResponderReductions = [] });
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeSettings.Default with { ResponderReductions = [1.5m] });
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeSettings.Default with { RelapseBelowReduction = 0m });
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeSettings.Default with { DurabilityWindowStepDays = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeSettings.Default with { MigraineDayDefinition = (MigraineDayDefinition)9 });
    }
}

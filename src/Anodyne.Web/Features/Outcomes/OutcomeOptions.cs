using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// The clinic's outcome settings (section "Outcomes"); each unset value keeps the conservative default of
/// <see cref="OutcomeSettings"/>, where its source is named.
/// </summary>
public sealed class OutcomeOptions
{
    public const string Section = "Outcomes";

    public MigraineDayDefinition? MigraineDayDefinition { get; set; }

    public decimal? MinimumDiaryCompleteness { get; set; }

    public decimal? RelapseBelowReduction { get; set; }

    public int? SeriesGapDays { get; set; }

    public int? DiaryBackfillDays { get; set; }

    public OutcomeSettings ToSettings()
    {
        var s = OutcomeSettings.Default;
        if (MigraineDayDefinition is { } d)
        {
            s = s with { MigraineDayDefinition = d };
        }

        if (MinimumDiaryCompleteness is { } c)
        {
            s = s with { MinimumDiaryCompleteness = c };
        }

        if (RelapseBelowReduction is { } r)
        {
            s = s with { RelapseBelowReduction = r };
        }

        if (SeriesGapDays is { } g)
        {
            s = s with { SeriesGapDays = g };
        }

        if (DiaryBackfillDays is { } b)
        {
            s = s with { DiaryBackfillDays = b };
        }

        return s;
    }
}

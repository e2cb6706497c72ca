using Anodyne.Clinical.Outcomes.Periods;

namespace Anodyne.Clinical.Outcomes.Response;

/// <summary>
/// Response in the window after one infusion. <see cref="Outcome"/> is null while the window is still running;
/// <see cref="Change"/> is set only when <see cref="Assessment"/> is <see cref="ResponseAssessment.Assessed"/>.
/// </summary>
public sealed record InfusionResponse(
    DateOnly InfusionDate,
    DiaryPeriod Window,
    ResponseAssessment Assessment,
    PeriodOutcome? Outcome,
    ChangeFromBaseline? Change);

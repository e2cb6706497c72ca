namespace Anodyne.Clinical.Scores;

/// <summary>
/// The five answer options shared by every HIT-6 item. Item wording is copyrighted (QualityMetric/GSK) and is
/// loaded by the clinic from its licensed copy; only the options and their points live here
/// (clinical/README.md; clinical/outcomes.md §4.3).
/// </summary>
public enum Hit6Answer
{
    Never = 1,
    Rarely = 2,
    Sometimes = 3,
    VeryOften = 4,
    Always = 5,
}

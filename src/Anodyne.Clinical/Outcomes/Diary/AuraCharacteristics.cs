namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>
/// Five of the six characteristics of ICHD-3 1.2 C (diagnosis.md §3.2). The sixth, "each symptom lasts
/// 5–60 min", is taken from <see cref="Aura.Duration"/>.
/// </summary>
[Flags]
public enum AuraCharacteristics
{
    None = 0,
    SpreadGraduallyOverFiveMinutesOrMore = 1,
    TwoOrMoreSymptomsInSuccession = 2,
    AtLeastOneUnilateralSymptom = 4,
    AtLeastOnePositiveSymptom = 8,
    FollowedByHeadacheWithinSixtyMinutes = 16,
}

namespace Anodyne.Clinical.Outcomes.Questionnaires;

/// <summary>HIT-6 impact bands (outcomes.md §4.3, verified): ≤49, 50–55, 56–59, 60–78.</summary>
public enum Hit6ImpactBand
{
    LittleOrNoImpact = 0,
    SomeImpact = 1,
    SubstantialImpact = 2,
    SevereImpact = 3,
}

namespace Anodyne.Clinical.Scores;

/// <summary>HIT-6 impact bands (clinical/outcomes.md §4.3: physiotutors; Yang et al., Cephalalgia 2010) [verified].</summary>
public enum Hit6Impact
{
    /// <summary>Total 49 or less.</summary>
    LittleOrNoImpact = 1,

    /// <summary>Total 50 to 55.</summary>
    SomeImpact = 2,

    /// <summary>Total 56 to 59.</summary>
    SubstantialImpact = 3,

    /// <summary>Total 60 to 78.</summary>
    SevereImpact = 4,
}

namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>Plasma ketamine concentration bands, lowest first (pharmacokinetics.md 6.3).</summary>
public enum ConcentrationBand
{
    BelowAnalgesic,

    /// <summary>Analgesic, below the level where dissociation is reported.</summary>
    Analgesic,

    /// <summary>Dissociative range (which overlaps the upper analgesic range).</summary>
    Dissociative,

    /// <summary>Above the reported dissociative range, below the anaesthetic threshold.</summary>
    AboveDissociative,

    Anaesthetic,
}

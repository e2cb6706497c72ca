namespace Anodyne.Clinical.Screening;

/// <summary>The patient's thyroid state as it bears on ketamine.</summary>
public enum ThyroidStatus
{
    NoHyperthyroidism = 1,

    /// <summary>Hyperthyroidism, treated and not currently thyrotoxic.</summary>
    TreatedHyperthyroidism = 2,

    /// <summary>Current thyrotoxicosis.</summary>
    Thyrotoxicosis = 3,
}

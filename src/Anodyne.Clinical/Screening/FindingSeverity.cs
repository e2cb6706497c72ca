namespace Anodyne.Clinical.Screening;

/// <summary>How a screening finding bears on giving ketamine.</summary>
public enum FindingSeverity
{
    /// <summary>For the physician's attention; no decision needed (e.g. a monitoring or preparation point).</summary>
    Informational = 1,

    /// <summary>The sources in the notes give no rule or threshold that settles it; the physician decides.</summary>
    NeedsReview = 2,

    /// <summary>A contraindication in the sources: do not infuse.</summary>
    Blocking = 3,
}

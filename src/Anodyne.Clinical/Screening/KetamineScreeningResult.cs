namespace Anodyne.Clinical.Screening;

/// <summary>Every finding of the ketamine screen, most severe first.</summary>
public sealed record KetamineScreeningResult(IReadOnlyList<ScreeningFinding> Findings)
{
    /// <summary>At least one contraindication: do not infuse.</summary>
    public bool HasBlockingFinding => Findings.Any(f => f.Severity == FindingSeverity.Blocking);

    /// <summary>At least one finding the physician must decide on.</summary>
    public bool NeedsPhysicianReview => Findings.Any(f => f.Severity == FindingSeverity.NeedsReview);

    /// <summary>The finding with a given code, or null.</summary>
    public ScreeningFinding? Find(string code) => Findings.FirstOrDefault(f => f.Code == code);
}

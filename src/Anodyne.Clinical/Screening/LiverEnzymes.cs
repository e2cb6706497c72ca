namespace Anodyne.Clinical.Screening;

/// <summary>Latest ALT and AST, each as a multiple of the laboratory's upper limit of normal (e.g. 1.5 = 1.5 × ULN).</summary>
public sealed record LiverEnzymes
{
    public LiverEnzymes(decimal altTimesUpperLimit, decimal astTimesUpperLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(altTimesUpperLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(astTimesUpperLimit);
        AltTimesUpperLimit = altTimesUpperLimit;
        AstTimesUpperLimit = astTimesUpperLimit;
    }

    public decimal AltTimesUpperLimit { get; }

    public decimal AstTimesUpperLimit { get; }
}

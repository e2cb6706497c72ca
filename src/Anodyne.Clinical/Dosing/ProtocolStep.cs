namespace Anodyne.Clinical.Dosing;

/// <summary>One step of a treatment protocol: a bolus, a constant infusion or a titrated infusion.</summary>
public abstract record ProtocolStep
{
    private protected ProtocolStep()
    {
    }

    /// <summary>How long the step runs when given in full.</summary>
    public abstract TimeSpan Duration { get; }
}

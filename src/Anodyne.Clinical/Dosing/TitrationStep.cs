namespace Anodyne.Clinical.Dosing;

/// <summary>An infusion titrated to pain by a <see cref="TitrationRule"/>.</summary>
public sealed record TitrationStep : ProtocolStep
{
    public TitrationStep(TitrationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
    }

    public TitrationRule Rule { get; }

    public override TimeSpan Duration => Rule.MaximumDuration;
}

namespace Anodyne.Clinical.Dosing;

/// <summary>A named sequence of protocol steps given one after another.</summary>
public sealed class TreatmentProtocol
{
    public TreatmentProtocol(string name, IEnumerable<ProtocolStep> steps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(steps);
        Name = name;
        Steps = steps.ToList().AsReadOnly();
        if (Steps.Count == 0 || Steps.Any(s => s is null))
        {
            throw new ArgumentException("A protocol needs at least one step and no empty ones.", nameof(steps));
        }
    }

    public string Name { get; }

    public IReadOnlyList<ProtocolStep> Steps { get; }
}

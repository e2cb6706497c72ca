namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>The second person's own sign-in, typed on the same form.</summary>
public interface IWitnessed
{
    string? WitnessEmail { get; }

    string? WitnessPassword { get; }
}

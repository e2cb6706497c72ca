using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>A weight-based infusion held at one rate for a duration.</summary>
public sealed record ConstantInfusionStep : ProtocolStep
{
    public ConstantInfusionStep(WeightBasedRate rate, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(rate);
        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "An infusion must run for some time.");
        }

        Rate = rate;
        InfusionDuration = duration;
    }

    public WeightBasedRate Rate { get; }

    public TimeSpan InfusionDuration { get; }

    public override TimeSpan Duration => InfusionDuration;
}

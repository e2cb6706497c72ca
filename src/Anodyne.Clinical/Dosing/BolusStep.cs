using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>A weight-based dose given over a number of minutes (zero minutes means a push).</summary>
public sealed record BolusStep : ProtocolStep
{
    public BolusStep(WeightBasedDose dose, TimeSpan over)
    {
        ArgumentNullException.ThrowIfNull(dose);
        if (over < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(over), over, "A bolus cannot take negative time.");
        }

        Dose = dose;
        Over = over;
    }

    public WeightBasedDose Dose { get; }

    public TimeSpan Over { get; }

    public override TimeSpan Duration => Over;
}

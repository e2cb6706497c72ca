using static System.FormattableString;

namespace Anodyne.Clinical.Screening;

/// <summary>A blood pressure reading in mmHg. A reading whose systolic is not above its diastolic is impossible.</summary>
public sealed record BloodPressureReading
{
    public BloodPressureReading(int systolicMmHg, int diastolicMmHg)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(systolicMmHg);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(diastolicMmHg);
        if (systolicMmHg <= diastolicMmHg)
        {
            throw new ArgumentException(Invariant($"Systolic ({systolicMmHg}) must be above diastolic ({diastolicMmHg})."), nameof(systolicMmHg));
        }

        SystolicMmHg = systolicMmHg;
        DiastolicMmHg = diastolicMmHg;
    }

    public int SystolicMmHg { get; }

    public int DiastolicMmHg { get; }

    public override string ToString() => Invariant($"{SystolicMmHg}/{DiastolicMmHg} mmHg");
}

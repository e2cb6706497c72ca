using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>A ketamine product the clinic stocks: one NDC, one strength, one vial size.</summary>
public sealed class ControlledProduct : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; init; } = "";

    /// <summary>The National Drug Code as printed on the vial, with its dashes.</summary>
    public string Ndc { get; init; } = "";

    public int ConcentrationMgPerMl { get; init; }

    public decimal VialVolumeMl { get; init; }

    /// <summary>Ketamine base in one full vial (label strength × volume).</summary>
    public long VialMicrograms { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    Guid? IClinicalRecord.PatientId => null;

    public static ControlledProduct Create(string name, string ndc, int concentrationMgPerMl, decimal vialVolumeMl, DateTime nowUtc) => new()
    {
        Name = name.Trim(),
        Ndc = ndc.Trim(),
        ConcentrationMgPerMl = concentrationMgPerMl,
        VialVolumeMl = vialVolumeMl,
        VialMicrograms = KetamineConcentration.VialMicrograms(concentrationMgPerMl, vialVolumeMl),
        CreatedAtUtc = nowUtc,
    };

    public string Describe() => FormattableString.Invariant($"{Name} {ConcentrationMgPerMl} mg/mL × {VialVolumeMl:0.##} mL (NDC {Ndc})");
}

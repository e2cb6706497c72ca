using Anodyne.Web.Data;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// A prepared bag or syringe for an infusion visit: which dispense (and so which lot) it came from, how much drug in
/// how much diluent, its beyond-use time, who prepared it and who checked it.
/// </summary>
public sealed class Preparation : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AppointmentId { get; init; }

    public Guid PatientId { get; init; }

    public Guid DispenseId { get; init; }

    public PreparationContainer Container { get; init; }

    public long DrugMicrograms { get; init; }

    public string Diluent { get; init; } = "";

    public decimal FinalVolumeMl { get; init; }

    public DateTime BeyondUseAtUtc { get; init; }

    public DateTime PreparedAtUtc { get; init; }

    public string PreparedByUserId { get; init; } = "";

    public string PreparedByName { get; init; } = "";

    public string CheckedByUserId { get; init; } = "";

    public string CheckedByName { get; init; } = "";

    Guid? IClinicalRecord.PatientId => PatientId;

    public decimal FinalMgPerMl => FinalVolumeMl == 0 ? 0 : decimal.Round(DrugMicrograms / 1000m / FinalVolumeMl, 3);
}

public enum PreparationContainer
{
    Bag,
    Syringe,
}

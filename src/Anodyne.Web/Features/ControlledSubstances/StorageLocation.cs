using Anodyne.Web.Data;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>Where controlled stock is kept at the registered location: a safe, a locked cabinet.</summary>
public sealed class StorageLocation : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; init; } = "";

    public StorageKind Kind { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    Guid? IClinicalRecord.PatientId => null;
}

public enum StorageKind
{
    Safe,
    Cabinet,
}

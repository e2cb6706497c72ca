namespace Anodyne.Web.Data;

/// <summary>Thrown when code tries to change or delete an <see cref="IImmutableRecord"/>; nothing is saved.</summary>
public sealed class ImmutableRecordException(string entityType)
    : InvalidOperationException($"A saved {entityType} is never changed or deleted; record a new version instead.")
{
    public string EntityType { get; } = entityType;
}

namespace Anodyne.Web.Data;

/// <summary>
/// A row of clinical data. Every create, change and delete of one is written to the audit trail
/// in the same transaction as the change itself.
/// </summary>
public interface IClinicalRecord
{
    Guid Id { get; }

    /// <summary>The patient the record belongs to, so that the patient can see who touched it.</summary>
    Guid? PatientId { get; }
}

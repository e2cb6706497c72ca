using Microsoft.AspNetCore.Identity;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>A person who signs in: staff of the clinic or a patient using the portal.</summary>
public sealed class ClinicUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Accounts are deactivated, never deleted, so that the audit trail always names a real person.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? DeactivatedAtUtc { get; set; }

    /// <summary>For a patient's portal account, the patient record it may see.</summary>
    public Guid? PatientId { get; set; }
}

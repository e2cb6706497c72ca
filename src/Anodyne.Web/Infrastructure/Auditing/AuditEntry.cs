namespace Anodyne.Web.Infrastructure.Auditing;

/// <summary>
/// One link of the audit trail: who did what to which record, when, from where, and with what outcome.
/// Rows are only ever appended. Each carries the keyed hash of the one before it, so an altered, removed
/// or inserted row breaks the chain (see AuditChain and AuditVerifier).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, gap-free from 1.</summary>
    public long Sequence { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string? ActorUserId { get; set; }

    public string ActorName { get; set; } = "";

    public string ActorRole { get; set; } = "";

    public AuditAction Action { get; set; }

    public string EntityType { get; set; } = "";

    public string? EntityId { get; set; }

    public Guid? PatientId { get; set; }

    public string? SourceAddress { get; set; }

    public AuditOutcome Outcome { get; set; }

    /// <summary>A short description without patient identifiers (which fields changed, a query's result count).</summary>
    public string? Detail { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

public enum AuditAction
{
    Create,
    Update,
    Delete,
    View,
    Search,
    Export,
    SignIn,
    SignInFailed,
    SignOut,
    AccountCreated,
    AccountChanged,
    AccountDeactivated,
    TokenCreated,
    TokenRevoked,
    Backup,
    Restore,
}

public enum AuditOutcome
{
    Success,
    Denied,
    Failed,
}

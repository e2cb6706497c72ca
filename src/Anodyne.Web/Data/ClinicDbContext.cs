using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Features.ControlledSubstances;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Outcomes;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.PublicSite;
using Anodyne.Web.Features.Requests;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Data;

/// <summary>
/// The clinic's one model, on SQLite or PostgreSQL (a migration set each). Saving appends the audit rows for
/// every changed clinical record, and any access events queued with <see cref="RecordAccess"/>, in the same
/// transaction as the change.
/// </summary>
public abstract class ClinicDbContext(DbContextOptions options, AuditWriter auditWriter) : IdentityDbContext<ClinicUser>(options)
{
    private readonly List<AuditEntry> _queuedAccess = [];
    private AuditHead? _uncommittedHead;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<PublicPageVersion> PublicPageVersions => Set<PublicPageVersion>();

    public DbSet<PublicRequest> PublicRequests => Set<PublicRequest>();

    public DbSet<ReferralLetter> ReferralLetters => Set<ReferralLetter>();

    public DbSet<Hit6Entry> Hit6Entries => Set<Hit6Entry>();

    public DbSet<MidasEntry> MidasEntries => Set<MidasEntry>();

    public DbSet<HeadacheHistoryEntry> HeadacheHistories => Set<HeadacheHistoryEntry>();

    public DbSet<PreventiveTrialEntry> PreventiveTrials => Set<PreventiveTrialEntry>();

    public DbSet<BodyMeasurement> BodyMeasurements => Set<BodyMeasurement>();

    public DbSet<ScreeningEntry> KetamineScreenings => Set<ScreeningEntry>();

    public DbSet<EligibilityDecision> EligibilityDecisions => Set<EligibilityDecision>();
    public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();

    public DbSet<DiaryAmendment> DiaryAmendments => Set<DiaryAmendment>();

    public DbSet<ResearchConsent> ResearchConsents => Set<ResearchConsent>();
    public DbSet<ControlledProduct> ControlledProducts => Set<ControlledProduct>();

    public DbSet<StorageLocation> StorageLocations => Set<StorageLocation>();

    public DbSet<StockLot> StockLots => Set<StockLot>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<StockCount> StockCounts => Set<StockCount>();

    public DbSet<Discrepancy> Discrepancies => Set<Discrepancy>();

    public DbSet<DiscrepancyNote> DiscrepancyNotes => Set<DiscrepancyNote>();

    public DbSet<Preparation> Preparations => Set<Preparation>();

    public DbSet<Anodyne.Web.Features.Consent.ConsentText> ConsentTexts => Set<Anodyne.Web.Features.Consent.ConsentText>();

    public DbSet<Anodyne.Web.Features.Consent.ConsentSignature> ConsentSignatures => Set<Anodyne.Web.Features.Consent.ConsentSignature>();

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Queue an audit event that is not a data change (a view, a sign-in); written at the next save.</summary>
    public void RecordAccess(AuditAction action, string entityType, string? entityId, Guid? patientId, AuditOutcome outcome = AuditOutcome.Success, string? detail = null)
    {
        _queuedAccess.Add(auditWriter.Describe(action, entityType, entityId, patientId, outcome, detail));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        RefuseChangesToImmutableRecords();
        var events = auditWriter.DescribeChanges(ChangeTracker).Concat(_queuedAccess).ToList();
        _queuedAccess.Clear();
        if (events.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            _uncommittedHead = await auditWriter.AppendAsync(this, events, cancellationToken);
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return count;
        }
        catch
        {
            // Nothing half-written: the change and its audit rows go together or not at all.
            foreach (var entry in ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private void RefuseChangesToImmutableRecords()
    {
        var touched = ChangeTracker.Entries()
            .FirstOrDefault(e => e.Entity is IImmutableRecord && e.State is EntityState.Modified or EntityState.Deleted);
        if (touched is not null)
        {
            throw new ImmutableRecordException(touched.Metadata.ClrType.Name);
        }
    }

    /// <summary>
    /// Called once the transaction that holds new audit rows has committed (see <see cref="AuditCommitInterceptor"/>),
    /// whether this context began it or a caller did, so the anchor only ever names committed rows.
    /// </summary>
    internal void AuditRowsCommitted()
    {
        if (_uncommittedHead is { } head)
        {
            auditWriter.Committed(head);
        }

        _uncommittedHead = null;
    }

    internal void AuditRowsRolledBack() => _uncommittedHead = null;

    /// <summary>Serialise appends to the audit chain across connections (and, for PostgreSQL, across servers).</summary>
    public abstract Task LockAuditChainAsync(CancellationToken cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ClinicDbContext).Assembly, t => t.Namespace?.StartsWith("Anodyne.Web", StringComparison.Ordinal) == true && !t.IsAbstract);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anodyne.Web.Data;

/// <summary>Tells the context when its transaction commits or rolls back, so the audit anchor follows commits only.</summary>
public sealed class AuditCommitInterceptor : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ClinicDbContext)?.AuditRowsCommitted();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ClinicDbContext)?.AuditRowsCommitted();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ClinicDbContext)?.AuditRowsRolledBack();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ClinicDbContext)?.AuditRowsRolledBack();
        return Task.CompletedTask;
    }
}

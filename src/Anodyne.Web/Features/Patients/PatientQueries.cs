using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Patients;

/// <summary>Reading patients for the pages and the API; every read is written to the audit trail before data is returned.</summary>
public sealed class PatientQueries(ClinicDbContext db)
{
    public sealed record Summary(Guid Id, string MedicalRecordNumber, string GivenName, string FamilyName, DateOnly DateOfBirth, AdministrativeSex Sex);

    public async Task<IReadOnlyList<Summary>> SearchAsync(string? text, int take, CancellationToken cancellationToken)
    {
        var query = db.Patients.AsNoTracking();
        var term = text?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var lower = term.ToLowerInvariant();
            // Translated to SQL lower(...) LIKE 'term%' on both databases; culture rules do not apply in SQL.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(p => p.MedicalRecordNumber == term
                || p.FamilyName.ToLower().StartsWith(lower)
                || p.GivenName.ToLower().StartsWith(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var found = await query.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Take(Math.Clamp(take, 1, 200))
            .Select(p => new Summary(p.Id, p.MedicalRecordNumber, p.GivenName, p.FamilyName, p.DateOfBirth, p.Sex))
            .ToListAsync(cancellationToken);
        // The search words are not recorded: they may themselves be a name.
        db.RecordAccess(AuditAction.Search, nameof(Patient), null, null, detail: $"{found.Count} patients listed");
        await db.SaveChangesAsync(cancellationToken);
        return found;
    }

    /// <summary>
    /// Patients who may be the person about to be registered: the same name and date of birth, or the same phone or
    /// e-mail. Audited as a search, without the search words (they are themselves identifying).
    /// </summary>
    public async Task<IReadOnlyList<Summary>> PossibleDuplicatesAsync(string givenName, string familyName, DateOnly dateOfBirth, string? phone, string? email, CancellationToken cancellationToken)
    {
        var given = givenName.Trim().ToLowerInvariant();
        var family = familyName.Trim().ToLowerInvariant();
        var phoneText = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        var emailText = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        // Translated to SQL lower(...) = '...' on both databases; culture rules do not apply in SQL.
#pragma warning disable CA1304, CA1311, CA1862
        var found = await db.Patients.AsNoTracking()
            .Where(p => (p.DateOfBirth == dateOfBirth && p.GivenName.ToLower() == given && p.FamilyName.ToLower() == family)
                || (phoneText != null && p.Phone == phoneText)
                || (emailText != null && p.Email != null && p.Email.ToLower() == emailText))
#pragma warning restore CA1304, CA1311, CA1862
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Take(20)
            .Select(p => new Summary(p.Id, p.MedicalRecordNumber, p.GivenName, p.FamilyName, p.DateOfBirth, p.Sex))
            .ToListAsync(cancellationToken);
        db.RecordAccess(AuditAction.Search, nameof(Patient), null, null, detail: $"{found.Count} possible duplicates listed");
        await db.SaveChangesAsync(cancellationToken);
        return found;
    }

    /// <summary>The patient's record, or null; the view is audited (fail closed: no audit row, no data).</summary>
    public async Task<Patient?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        db.RecordAccess(AuditAction.View, nameof(Patient), id.ToString("D"), patient?.Id, patient is null ? AuditOutcome.Failed : AuditOutcome.Success,
            patient is null ? "no such patient" : null);
        await db.SaveChangesAsync(cancellationToken);
        return patient;
    }
}

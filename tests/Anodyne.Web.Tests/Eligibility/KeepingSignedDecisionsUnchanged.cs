using Anodyne.Web.Data;
using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Eligibility;

public sealed class KeepingSignedDecisionsUnchanged(SharedClinic clinic)
{
    private static EligibilityDecisionDraft Draft(Guid patientId, EligibilityOutcome decided, string? reason = null) =>
        new(patientId, EligibilityOutcome.Eligible, ["EHF 2020: refractory migraine"], decided, reason, "physician-id", "Dr. Test");

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_signed_decision_cannot_be_edited_or_deleted_and_a_new_version_replaces_it(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        // A patient of its own: the demo patients' decisions are what other tests read.
        var patientId = await Anodyne.Web.Tests.Intake.EnteringQuestionnaires.NewPatientAsync(clinic, kind);
        var first = await app.WithDatabaseAsync(async db =>
        {
            var current = await SignedEligibility.CurrentAsync(db, patientId, default);
            var decision = EligibilityDecision.Sign(Draft(patientId, EligibilityOutcome.Eligible), current, DateTime.UtcNow);
            db.Add(decision);
            await db.SaveChangesAsync();
            return decision;
        });

        await app.WithDatabaseAsync(async db =>
        {
            var saved = await db.Set<EligibilityDecision>().SingleAsync(d => d.Id == first.Id);
            db.Entry(saved).Property(d => d.Decided).CurrentValue = EligibilityOutcome.NotEligible;
            await Assert.ThrowsAsync<ImmutableRecordException>(() => db.SaveChangesAsync());
        });
        await app.WithDatabaseAsync(async db =>
        {
            db.Remove(await db.Set<EligibilityDecision>().SingleAsync(d => d.Id == first.Id));
            await Assert.ThrowsAsync<ImmutableRecordException>(() => db.SaveChangesAsync());
        });

        var second = await app.WithDatabaseAsync(async db =>
        {
            var decision = EligibilityDecision.Sign(Draft(patientId, EligibilityOutcome.NotEligible, "New cardiac history"), first, DateTime.UtcNow);
            db.Add(decision);
            await db.SaveChangesAsync();
            return decision;
        });

        Assert.Equal(first.Version + 1, second.Version);
        Assert.Equal(first.Id, second.ReplacesDecisionId);
        Assert.False(await app.WithDatabaseAsync(db => SignedEligibility.IsEligibleAsync(db, patientId, default)));
        Assert.Equal(EligibilityOutcome.Eligible, (await app.WithDatabaseAsync(db => db.Set<EligibilityDecision>().SingleAsync(d => d.Id == first.Id))).Decided);
    }

    [Fact]
    public void Overriding_the_proposal_needs_a_reason()
    {
        Assert.Throws<ArgumentException>(() => EligibilityDecision.Sign(Draft(Guid.NewGuid(), EligibilityOutcome.NotEligible), null, DateTime.UtcNow));
    }
}

using Anodyne.Clinical.Eligibility;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Eligibility;

/// <summary>The demo clinic shows every branch of the proposal, and the patients other areas' demos rely on are signed Eligible.</summary>
public sealed class SeedingTheDemoIntake(SharedClinic clinic)
{
    [Theory]
    [InlineData("A100001", ProposedEligibility.NeedsReview, EligibilityOutcome.Eligible)] // triptan overuse (8.2.2), overridden with a reason
    [InlineData("A100002", ProposedEligibility.NeedsReview, EligibilityOutcome.Eligible)] // simple analgesic overuse (8.2.3), overridden
    [InlineData("A100003", ProposedEligibility.NotEligible, EligibilityOutcome.NotEligible)] // pregnancy
    [InlineData("A100004", ProposedEligibility.NeedsReview, EligibilityOutcome.Eligible)] // controlled hypertension, overridden
    [InlineData("A100005", ProposedEligibility.Eligible, EligibilityOutcome.Eligible)]
    [InlineData("A100006", ProposedEligibility.NotEligible, null)] // combination analgesic overuse, two classes only
    [InlineData("A100007", ProposedEligibility.Eligible, EligibilityOutcome.Eligible)]
    [InlineData("A100008", ProposedEligibility.NeedsReview, null)] // liver enzymes above 2 x ULN
    [InlineData("A100009", ProposedEligibility.NotEligible, null)] // episodic: 12 headache days
    [InlineData("A100010", ProposedEligibility.NeedsReview, null)] // glaucoma
    [InlineData("A100011", ProposedEligibility.Eligible, EligibilityOutcome.Eligible)]
    [InlineData("A100012", ProposedEligibility.NotEligible, EligibilityOutcome.NotEligible)] // current psychosis
    public async Task Each_demo_patient_has_the_intended_proposal_and_signed_decision(string mrn, ProposedEligibility proposed, EligibilityOutcome? decided)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var id = DemoPeople.Patients.Single(p => p.Mrn == mrn).Id;

        var file = await app.WithDatabaseAsync(db => EligibilityFile.ReadAsync(db, id, CancellationToken.None));
        var current = await app.WithDatabaseAsync(db => SignedEligibility.CurrentAsync(db, id, CancellationToken.None));

        Assert.True(proposed == file.Proposal.Outcome, string.Join("\n", file.Proposal.Reasons));
        Assert.Equal(decided, current?.Decided);
        Assert.Equal(decided == EligibilityOutcome.Eligible, await app.WithDatabaseAsync(db => SignedEligibility.IsEligibleAsync(db, id, CancellationToken.None)));
    }

    [Fact]
    public async Task Demo_medication_overuse_is_diagnosed_for_A100006()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var id = DemoPeople.Patients.Single(p => p.Mrn == "A100006").Id;

        var file = await app.WithDatabaseAsync(db => EligibilityFile.ReadAsync(db, id, CancellationToken.None));

        Assert.Contains(file.Evidence.Diagnosis!.Diagnoses, d => d.Code == "8.2.5");
        Assert.True(await app.WithDatabaseAsync(db => db.KetamineScreenings.AnyAsync(s => s.PatientId == id)));
    }
}

using Anodyne.Web.Features.Consent;
using System.Globalization;
using System.Text;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;

namespace Anodyne.Web.Features.Demo;

/// <summary>
/// A synthetic, deterministic clinic for demonstration and tests: staff of every role, patients with plausible
/// referral histories, and today's schedule. Every person and number here is invented.
/// </summary>
public sealed class DemoClinic(
    ClinicDbContext db,
    UserManager<ClinicUser> users,
    RoleManager<IdentityRole> roles,
    ClinicClock clock,
    TimeProvider time,
    CurrentActor actor,
    Anodyne.Clinical.Outcomes.OutcomeSettings outcomeSettings,
    ControlledSubstances.ControlledLedger ledger,
    DemoOrders orders)
{
    /// <summary>Shared by every demo account; the demo never runs in Production.</summary>
    public const string Password = "Demo-clinic-2026";

    public sealed record SignIn(string Email, string Role, string DisplayName);

    private string? _passwordHash;

    public async Task<IReadOnlyList<SignIn>> SeedAsync(CancellationToken cancellationToken)
    {
        actor.ActAs(Actor.CommandLine("seed-demo"));
        await ClinicRoles.EnsureExistAsync(roles);
        var signIns = new List<SignIn>();
        var staffIds = new Dictionary<string, string>();
        foreach (var member in DemoPeople.Staff)
        {
            var user = await CreateAccountAsync(member.Email, member.Name, member.Role, null);
            staffIds[member.Email] = user.Id;
            signIns.Add(new SignIn(member.Email, member.Role, member.Name));
        }

        var patients = DemoPeople.Patients.Select(ToPatient).ToList();
        db.Patients.AddRange(patients);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var patient in patients.Where(p => DemoPeople.PortalPatients.Contains(p.MedicalRecordNumber)))
        {
            await CreateAccountAsync(patient.Email!, patient.FullName, ClinicRoles.Patient, patient.Id);
            signIns.Add(new SignIn(patient.Email!, ClinicRoles.Patient, patient.FullName));
        }

        var appointments = DemoSchedule.For(clock, patients, staffIds).ToList();
        db.Appointments.AddRange(appointments);
        await db.SaveChangesAsync(cancellationToken);
        await SeedIntakeAsync(patients, staffIds, cancellationToken);
        DemoOutcomes.AddTo(db, patients, clock, outcomeSettings, staffIds["rosa.rivera@anodyne.example"]);
        await db.SaveChangesAsync(cancellationToken);
        await DemoControlledStock.SeedAsync(db, ledger, clock, staffIds, appointments, cancellationToken);

        var physician = DemoPeople.Staff.First(s => s.Role == ClinicRoles.Physician);
        var nurse = DemoPeople.Staff.First(s => s.Role == ClinicRoles.Nurse);
        await orders.SeedAsync(patients, staffIds[physician.Email], physician.Name, staffIds[nurse.Email], nurse.Name, cancellationToken);
        return signIns;
    }

    /// <summary>Each patient's history, preventives, baselines and screen, and the physician's signed decision where the plan has one.</summary>
    private async Task SeedIntakeAsync(List<Patient> patients, Dictionary<string, string> staffIds, CancellationToken cancellationToken)
    {
        var nurse = staffIds["rosa.rivera@anodyne.example"];
        var physician = DemoPeople.Staff.Single(s => s.Email == "amara.okafor@anodyne.example");
        var takenOn = clock.Today.AddDays(-21);
        var now = clock.UtcNow;
        foreach (var plan in DemoIntake.Plans)
        {
            var patient = patients.Single(p => p.MedicalRecordNumber == plan.Mrn);
            db.HeadacheHistories.Add(HeadacheHistoryEntry.Record(patient.Id, takenOn, DemoIntake.AgeOn(patient, takenOn), DemoIntake.History(plan), now, nurse));
            db.PreventiveTrials.AddRange(plan.Trials.Select(t => PreventiveTrialEntry.Record(patient.Id, t, now, nurse)));
            db.Hit6Entries.Add(Hit6Entry.Record(patient.Id, takenOn, DemoIntake.Hit6, now, nurse));
            db.MidasEntries.Add(MidasEntry.Record(patient.Id, takenOn, DemoIntake.Midas, now, nurse));
            db.KetamineScreenings.Add(ScreeningEntry.Record(patient.Id, takenOn, DemoIntake.Screen(plan), now, nurse));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var plan in DemoIntake.Plans.Where(p => p.Decided is not null))
        {
            var patient = patients.Single(p => p.MedicalRecordNumber == plan.Mrn);
            var file = await EligibilityFile.ReadAsync(db, patient.Id, cancellationToken);
            var proposed = EligibilityFile.ToOutcome(file.Proposal.Outcome);
            db.EligibilityDecisions.Add(EligibilityDecision.Sign(
                new EligibilityDecisionDraft(patient.Id, proposed, [.. file.Proposal.Reasons.Select(r => r.ToString())], plan.Decided!.Value,
                    proposed == plan.Decided ? null : plan.OverrideReason, staffIds[physician.Email], physician.Name),
                null,
                now));
        }

        await db.SaveChangesAsync(cancellationToken);

        // Consent signed on the clinic's tablet and witnessed by the nurse, for the patients the demo treats.
        var consentText = await new ConsentTexts(db, time).EnsureDefaultAsync(cancellationToken);
        var witness = DemoPeople.Staff.Single(s => s.Email == "rosa.rivera@anodyne.example");
        foreach (var mrn in DemoConsentMrns)
        {
            var patient = patients.Single(p => p.MedicalRecordNumber == mrn);
            db.ConsentSignatures.Add(ConsentSignature.Sign(patient.Id, ConsentAction.Consented, ConsentChannel.Tablet, consentText, patient.FullName, staffIds[witness.Email], witness.Name, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo patients with a witnessed consent on file.</summary>
    public static readonly IReadOnlyList<string> DemoConsentMrns = ["A100001", "A100002", "A100004", "A100005", "A100007", "A100011"];

    public static string DescribeSignIns(IEnumerable<SignIn> signIns)
    {
        var text = new StringBuilder();
        text.AppendLine("Demo clinic created. Sign in at http://localhost:5080 with any of these (password: " + Password + "):");
        foreach (var s in signIns)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {ClinicRoles.Describe(s.Role),-14} {s.Email,-34} {s.DisplayName}");
        }

        return text.ToString();
    }

    private async Task<ClinicUser> CreateAccountAsync(string email, string name, string role, Guid? patientId)
    {
        var user = new ClinicUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            PatientId = patientId,
            CreatedAtUtc = clock.UtcNow,
        };
        // Every demo account shares one password, so it is hashed once (the slow key derivation is deliberate
        // and would otherwise dominate the first start).
        user.PasswordHash = _passwordHash ??= users.PasswordHasher.HashPassword(user, Password);
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    private Patient ToPatient(DemoPeople.DemoPatient p) => new()
    {
        Id = p.Id,
        MedicalRecordNumber = p.Mrn,
        GivenName = p.Given,
        FamilyName = p.Family,
        DateOfBirth = p.Born,
        Sex = p.Sex,
        Phone = p.Phone,
        Email = $"{p.Given.ToLowerInvariant()}.{p.Family.ToLowerInvariant()}@patients.example",
        ReferringPhysician = p.Referrer,
        ReferralReason = p.History,
        RegisteredAtUtc = clock.UtcNow,
    };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

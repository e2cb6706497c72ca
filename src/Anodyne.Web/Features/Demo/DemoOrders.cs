using Anodyne.Clinical.Dosing;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Features.Orders;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Demo;

/// <summary>
/// Signed orders for the eligible demo patients on each built-in protocol: an outpatient series (double-checked),
/// an inpatient titration, a booster, and a series above the soft bolus limit with its documented reason.
/// A patient gets a signed Eligible decision here only if none exists yet, so the intake demo data can coexist.
/// </summary>
public sealed class DemoOrders(ClinicDbContext db, ClinicClock clock, BuiltInProtocols builtIn, ProtocolLibrary library)
{
    private sealed record Planned(string Mrn, string Protocol, decimal WeightKg, decimal HeightCm, decimal VialMgPerMl, decimal? Dose, string? OverrideReason, bool DoubleChecked);

    // Invented weights and heights; the soft-limit override dose (0.6 mg/kg) stays below the 0.75 mg/kg hard limit.
    private static readonly Planned[] Orders =
    [
        new("A100001", BuiltInProtocols.OutpatientSeries, 64.5m, 165m, 10m, null, null, DoubleChecked: true),
        new("A100004", BuiltInProtocols.InpatientTitration, 79m, 178m, 50m, null, null, DoubleChecked: false),
        new("A100005", BuiltInProtocols.Booster, 58.4m, 160m, 10m, null, null, DoubleChecked: false),
        new("A100002", BuiltInProtocols.OutpatientSeries, 88.2m, 183m, 10m, 0.6m,
            "Partial response to 0.5 mg/kg in the previous series; responders are reported up to 0.75 mg/kg (Andrade 2017). Discussed with the patient.", DoubleChecked: false),
    ];

    public async Task SeedAsync(IReadOnlyList<Patient> patients, string physicianUserId, string physicianName, string nurseUserId, string nurseName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patients);
        await builtIn.SeedDefaultsAsync(cancellationToken);
        var now = clock.UtcNow;
        foreach (var planned in Orders)
        {
            var patient = patients.Single(p => p.MedicalRecordNumber == planned.Mrn);
            if (!await db.Set<EligibilityDecision>().AnyAsync(d => d.PatientId == patient.Id, cancellationToken))
            {
                db.Add(EligibilityDecision.Sign(new EligibilityDecisionDraft(patient.Id, EligibilityOutcome.Eligible,
                    ["Demo: refractory chronic migraine, no contraindication found at intake."], EligibilityOutcome.Eligible, null, physicianUserId, physicianName), null, now));
            }

            var protocol = (await library.CurrentAsync(planned.Protocol, cancellationToken))!;
            var steps = protocol.Steps().Select(s => planned.Dose is { } dose && s.Kind == ProtocolStepKind.Bolus ? s with { DoseMgPerKg = dose } : s).ToList();
            var input = new OrderWorkup.Input(patient.Id, protocol, steps, planned.WeightKg, clock.Today.AddDays(-2), planned.HeightCm,
                patient.Sex == AdministrativeSex.Male ? DosingSex.Male : DosingSex.Female, planned.VialMgPerMl, protocol.DefaultBagVolumeMl);
            var workup = OrderWorkup.Run(input, clock.Today, withPreview: false);
            var order = TreatmentOrder.Sign(input, workup, null, null, planned.OverrideReason, physicianUserId, physicianName, now);
            db.Add(order);
            db.Add(DoseLimitCheckRecord.Of(patient.Id, order.Id, protocol.Id, LimitCheckContext.OrderSigning, workup.Limits!, planned.OverrideReason, proceeded: true, physicianUserId, now));
            if (planned.DoubleChecked)
            {
                db.Add(OrderDoubleCheck.Compare(order, planned.WeightKg, planned.VialMgPerMl, nurseUserId, nurseName, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Features.ControlledSubstances;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Time;

namespace Anodyne.Web.Features.Demo;

/// <summary>
/// The demo clinic's ketamine: two invented products (labeller code 99999 is not a real one), a safe and a cabinet,
/// two receipts, a transfer, the dispense and witnessed waste of last week's infusion visit, and a closing count
/// that found one vial short: an open discrepancy to investigate.
/// </summary>
public static class DemoControlledStock
{
    public static async Task SeedAsync(ClinicDbContext db, ControlledLedger ledger, ClinicClock clock, IReadOnlyDictionary<string, string> staffIds, IReadOnlyList<Appointment> appointments, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = clock.Today;
        var rosa = new ControlledSubstanceAuthority.Signer(staffIds["rosa.rivera@anodyne.example"], "Rosa Rivera, RN");
        var daniel = new ControlledSubstanceAuthority.Signer(staffIds["daniel.chen@anodyne.example"], "Daniel Chen, RN");

        var k10 = ControlledProduct.Create("Ketamine HCl injection (demo)", "99999-0010-20", 10, 20, now);
        var k100 = ControlledProduct.Create("Ketamine HCl injection (demo)", "99999-0100-05", 100, 5, now);
        var safe = new StorageLocation { Name = "Main safe", Kind = StorageKind.Safe, CreatedAtUtc = now };
        var cabinet = new StorageLocation { Name = "Infusion room cabinet", Kind = StorageKind.Cabinet, CreatedAtUtc = now };
        db.AddRange(k10, k100, safe, cabinet);
        await db.SaveChangesAsync(ct);

        var lot10 = await ReceiveAsync(k10, "DEMO-K10-001", today.AddMonths(18), 25, "Demo Pharma Supply", "INV-2026-0412");
        var lot100 = await ReceiveAsync(k100, "DEMO-K100-001", today.AddMonths(24), 10, "Demo Pharma Supply", "INV-2026-0413");
        await RecordAsync(new StockMovement { Kind = MovementKind.Transfer, LotId = lot10.Id, LocationId = safe.Id, ToLocationId = cabinet.Id, Vials = 5, OccurredAtUtc = At(-8, 8), RecordedAtUtc = At(-8, 8), ByUserId = rosa.UserId, ByName = rosa.Name });

        // Last week's infusion: one 200 mg vial drawn, 140 mg given, 60 mg wasted before a witness.
        var visit = appointments.Where(a => a.Kind == AppointmentKind.Infusion && a.StartsAtUtc < now).OrderBy(a => a.StartsAtUtc).First();
        var dispense = new StockMovement { Kind = MovementKind.Dispense, LotId = lot10.Id, LocationId = cabinet.Id, Vials = 1, AppointmentId = visit.Id, PatientId = visit.PatientId, OccurredAtUtc = visit.StartsAtUtc, RecordedAtUtc = visit.StartsAtUtc, ByUserId = rosa.UserId, ByName = rosa.Name };
        await RecordAsync(dispense);
        var end = visit.EndsAtUtc;
        await ledger.RecordAsync(
        [
            new StockMovement { Kind = MovementKind.Administered, LotId = lot10.Id, DispenseId = dispense.Id, AppointmentId = visit.Id, PatientId = visit.PatientId, Micrograms = 140_000, OccurredAtUtc = end, RecordedAtUtc = end, ByUserId = rosa.UserId, ByName = rosa.Name },
            new StockMovement { Kind = MovementKind.Waste, LotId = lot10.Id, DispenseId = dispense.Id, AppointmentId = visit.Id, PatientId = visit.PatientId, Micrograms = 60_000, OccurredAtUtc = end, RecordedAtUtc = end, ByUserId = rosa.UserId, ByName = rosa.Name, WitnessUserId = daniel.UserId, WitnessName = daniel.Name },
        ], null, ct);

        // Yesterday's closing count of the cabinet found 3 vials where the ledger holds 4.
        var count = new StockCount { LocationId = cabinet.Id, Occasion = CountOccasion.Closing, CountedAtUtc = At(-1, 17), FirstCounterUserId = rosa.UserId, FirstCounterName = rosa.Name, SecondCounterUserId = daniel.UserId, SecondCounterName = daniel.Name };
        count.Lines.Add(new StockCountLine { CountId = count.Id, LotId = lot10.Id, CountedVials = 3, ExpectedVials = 4 });
        db.StockCounts.Add(count);
        db.Discrepancies.Add(new Discrepancy
        {
            Kind = DiscrepancyKind.CountDifference,
            LotId = lot10.Id,
            LocationId = cabinet.Id,
            CountId = count.Id,
            DifferenceVials = -1,
            MissingMicrograms = k10.VialMicrograms,
            Description = "Closing count found 3 vial(s) where the ledger holds 4.",
            DetectedAtUtc = At(-1, 17),
            DetectedByName = rosa.Name + " and " + daniel.Name,
        });
        await db.SaveChangesAsync(ct);
        _ = lot100;

        DateTime At(int day, int hour) => clock.ToUtc(today.AddDays(day), new TimeOnly(hour, 0));

        async Task RecordAsync(StockMovement movement)
        {
            if (await ledger.RecordAsync([movement], null, ct) is { } refusal)
            {
                throw new InvalidOperationException("Demo stock does not balance: " + refusal);
            }
        }

        async Task<StockLot> ReceiveAsync(ControlledProduct product, string lotNumber, DateOnly expires, int vials, string supplier, string invoice)
        {
            var received = At(-14, 10);
            var lot = new StockLot
            {
                ProductId = product.Id, LocationId = safe.Id, LotNumber = lotNumber, ExpiresOn = expires, Supplier = supplier, InvoiceNumber = invoice,
                ReceivedOn = today.AddDays(-14), VialsReceived = vials, ReceivedByUserId = rosa.UserId, ReceivedByName = rosa.Name,
                VerifiedByUserId = daniel.UserId, VerifiedByName = daniel.Name, RecordedAtUtc = received,
            };
            var receipt = new StockMovement { Kind = MovementKind.Receipt, LotId = lot.Id, LocationId = safe.Id, Vials = vials, OccurredAtUtc = received, RecordedAtUtc = received, ByUserId = rosa.UserId, ByName = rosa.Name, WitnessUserId = daniel.UserId, WitnessName = daniel.Name, Reason = "Invoice/order form " + invoice };
            if (await ledger.RecordAsync([receipt], [lot], ct) is { } refusal)
            {
                throw new InvalidOperationException("Demo receipt refused: " + refusal);
            }

            return lot;
        }
    }
}

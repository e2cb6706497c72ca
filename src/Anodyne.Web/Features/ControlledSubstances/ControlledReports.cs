using System.Globalization;
using System.Text;
using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// The records an inspector asks for, as printable tables and CSV: dispensing and administration (per patient or
/// lot), receipts, waste and disposal with witnesses, current inventory and the biennial inventory
/// (clinical/controlled-substances.md: 21 CFR 1304.04, 1304.11, 1304.21). Every patient named is audited.
/// </summary>
public sealed class ControlledReports(ClinicDbContext db, ControlledLedger ledger, ClinicClock clock)
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dispensing"] = "Dispensing and administration log",
        ["receipts"] = "Receipts",
        ["waste"] = "Waste and disposal log",
        ["inventory"] = "Current inventory",
        ["biennial"] = "Biennial inventory",
    };

    public sealed record Filter(DateOnly? From, DateOnly? To, Guid? PatientId, Guid? LotId);

    public sealed record Table(string Title, string Subtitle, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

    public async Task<Table?> BuildAsync(string report, Filter filter, AuditAction access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!Names.TryGetValue(report, out var title))
        {
            return null;
        }

        var fromUtc = filter.From is { } f ? clock.DayBounds(f).StartUtc : DateTime.MinValue;
        var toUtc = filter.To is { } t ? clock.DayBounds(t).EndUtc : DateTime.MaxValue;
        var range = (filter.From, filter.To) switch
        {
            (null, null) => "all dates",
            _ => $"{filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "start"} to {filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "today"}",
        };
        var lots = (await LotChoice.QueryAsync(db, ct)).ToDictionary(l => l.LotId);
        var locations = await db.StorageLocations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        string Lot(Guid id) => lots.TryGetValue(id, out var l) ? $"{l.Product} lot {l.LotNumber}" : id.ToString("D");
        string Place(Guid? id) => id is { } x && locations.TryGetValue(x, out var n) ? n : "";
        string When(DateTime utc) => clock.DateTimeText(utc);

        Table table;
        var patientsListed = new List<Guid>();
        switch (report)
        {
            case "dispensing":
            {
                var query = db.StockMovements.AsNoTracking().Where(m => m.AppointmentId != null && m.OccurredAtUtc >= fromUtc && m.OccurredAtUtc < toUtc);
                if (filter.PatientId is { } p)
                {
                    query = query.Where(m => m.PatientId == p);
                }

                if (filter.LotId is { } lot)
                {
                    query = query.Where(m => m.LotId == lot);
                }

                var rows = await query
                    .Join(db.Patients, m => m.PatientId, pt => pt.Id, (m, pt) => new { m, pt.GivenName, pt.FamilyName, pt.MedicalRecordNumber })
                    .ToListAsync(ct);
                patientsListed.AddRange(rows.Select(r => r.m.PatientId!.Value).Distinct());
                table = new Table(title, range, ["When", "Patient", "MRN", "Movement", "Lot", "Vials", "mg", "By", "Witness", "Dispense", "Reason"],
                    rows.OrderBy(r => r.m.Sequence).Select(r => (IReadOnlyList<string>)[
                        When(r.m.OccurredAtUtc), $"{r.FamilyName}, {r.GivenName}", r.MedicalRecordNumber, r.m.Kind.ToString(), Lot(r.m.LotId),
                        r.m.Vials == 0 ? "" : r.m.Vials.ToString(CultureInfo.InvariantCulture),
                        r.m.Kind == MovementKind.Dispense || r.m.Kind == MovementKind.ReturnToStock ? Quantities.Number(r.m.Vials * (lots.TryGetValue(r.m.LotId, out var l) ? l.VialMicrograms : 0)) : Quantities.Number(r.m.Micrograms),
                        r.m.ByName, r.m.WitnessName ?? "", (r.m.DispenseId ?? r.m.Id).ToString("D")[..8], r.m.Reason ?? ""]).ToList());
                break;
            }

            case "receipts":
            {
                var rows = await db.StockLots.AsNoTracking()
                    .Join(db.ControlledProducts, l => l.ProductId, p => p.Id, (l, p) => new { l, p })
                    .ToListAsync(ct);
                table = new Table(title, range, ["Received on", "Product", "NDC", "Lot", "Expires", "Supplier", "Invoice or order form", "Vials", "mg", "Put away in", "Received by", "Verified by"],
                    rows.Where(r => (filter.From is null || r.l.ReceivedOn >= filter.From) && (filter.To is null || r.l.ReceivedOn <= filter.To) && (filter.LotId is null || r.l.Id == filter.LotId))
                        .OrderBy(r => r.l.ReceivedOn).ThenBy(r => r.l.LotNumber, StringComparer.Ordinal)
                        .Select(r => (IReadOnlyList<string>)[
                            Day(r.l.ReceivedOn), r.p.Name, r.p.Ndc, r.l.LotNumber, Day(r.l.ExpiresOn), r.l.Supplier, r.l.InvoiceNumber,
                            r.l.VialsReceived.ToString(CultureInfo.InvariantCulture), Quantities.Number(r.l.VialsReceived * r.p.VialMicrograms), Place(r.l.LocationId), r.l.ReceivedByName, r.l.VerifiedByName]).ToList());
                break;
            }

            case "waste":
            {
                var kinds = new[] { MovementKind.Waste, MovementKind.Destroyed, MovementKind.ReturnedToDistributor };
                var rows = await db.StockMovements.AsNoTracking().Where(m => kinds.Contains(m.Kind) && m.OccurredAtUtc >= fromUtc && m.OccurredAtUtc < toUtc).ToListAsync(ct);
                if (filter.LotId is { } lot)
                {
                    rows = rows.Where(m => m.LotId == lot).ToList();
                }

                table = new Table(title, range, ["When", "Movement", "Lot", "Location", "Vials", "mg", "By", "Witness", "Reverse distributor", "Reason"],
                    rows.OrderBy(m => m.Sequence).Select(m => (IReadOnlyList<string>)[
                        When(m.OccurredAtUtc), m.Kind.ToString(), Lot(m.LotId), Place(m.LocationId), m.Vials == 0 ? "" : m.Vials.ToString(CultureInfo.InvariantCulture),
                        Quantities.Number(m.Kind == MovementKind.Waste ? m.Micrograms : m.Vials * (lots.TryGetValue(m.LotId, out var l) ? l.VialMicrograms : 0)),
                        m.ByName, m.WitnessName ?? "", m.Counterparty ?? "", m.Reason ?? ""]).ToList());
                break;
            }

            default:
            {
                // Current inventory, or the biennial inventory at the close of business on the "to" day (21 CFR 1304.11).
                var biennial = report == "biennial";
                var asOf = biennial ? clock.DayBounds(filter.To ?? clock.Today).EndUtc : (DateTime?)null;
                var state = await ledger.LoadAllAsync(asOf, ct);
                var rows = state.OnHand.Where(p => p.Value != 0 && lots.ContainsKey(p.Key.Lot) && (filter.LotId is null || p.Key.Lot == filter.LotId))
                    .Select(p => (Location: Place(p.Key.Location), Lot: lots[p.Key.Lot], Vials: p.Value))
                    .OrderBy(r => r.Location, StringComparer.Ordinal).ThenBy(r => r.Lot.Product, StringComparer.Ordinal).ThenBy(r => r.Lot.LotNumber, StringComparer.Ordinal)
                    .Select(r => (IReadOnlyList<string>)[r.Location, r.Lot.Product, r.Lot.LotNumber, Day(r.Lot.ExpiresOn), r.Vials.ToString(CultureInfo.InvariantCulture), Quantities.Number(r.Vials * r.Lot.VialMicrograms), "exact count (sealed vials)"])
                    .ToList();
                foreach (var open in state.Dispenses.Where(d => !d.IsClosed && (filter.LotId is null || d.LotId == filter.LotId)))
                {
                    rows.Add(["in session custody", lots[open.LotId].Product, lots[open.LotId].LotNumber, Day(lots[open.LotId].ExpiresOn), "", Quantities.Number(open.OutstandingMicrograms), "opened: drawn, not yet given, wasted or returned"]);
                }

                var subtitle = biennial
                    ? $"Taken at close of business on {Day(filter.To ?? clock.Today)}. Ketamine, Schedule III, DEA drug code 7285."
                    : $"As of {When(clock.UtcNow)}. Ketamine, Schedule III, DEA drug code 7285.";
                if (rows.Count == 0)
                {
                    rows.Add(["none", "", "", "", "0", "0", "no stock on hand"]);
                }

                table = new Table(title, subtitle, ["Location", "Product", "Lot", "Expires", "Vials", "mg", "Count"], rows);
                break;
            }
        }

        db.RecordAccess(access, "ControlledSubstanceReport", report, null, AuditOutcome.Success, $"{table.Rows.Count} rows, {range}");
        foreach (var patient in patientsListed)
        {
            db.RecordAccess(access, "ControlledSubstanceReport", report, patient);
        }

        await db.SaveChangesAsync(ct);
        return table;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// RFC 4180 CSV. A text cell that a spreadsheet would read as a formula (starting with =, +, -, @, tab or
    /// carriage return) is prefixed with an apostrophe; plain numbers are left as they are.
    /// </summary>
    public static string ToCsv(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', table.Columns.Select(Cell)));
        foreach (var row in table.Rows)
        {
            text.AppendLine(string.Join(',', row.Select(Cell)));
        }

        return text.ToString();
    }

    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var isNumber = decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
        if (!isNumber && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

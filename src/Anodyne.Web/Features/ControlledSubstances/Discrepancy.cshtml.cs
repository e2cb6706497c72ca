using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>One discrepancy: investigation notes from anyone who handles stock, resolution by the Administrator.</summary>
[Authorize(Policy = Policies.ControlledSubstanceRecords)]
public sealed class DiscrepancyModel(ClinicDbContext db, ControlledLedger ledger, ClinicClock clock, IOptions<ControlledSubstancesOptions> options) : ControlledPage
{
    public Discrepancy Item { get; private set; } = new();

    public IReadOnlyList<DiscrepancyNote> Notes { get; private set; } = [];

    public string? Lot { get; private set; }

    public bool MayResolve => User.IsInRole(ClinicRoles.Administrator);

    [BindProperty]
    public NoteInput Note { get; set; } = new();

    [BindProperty]
    public ResolveInput Resolve { get; set; } = new();

    public string Time(DateTime utc) => clock.DateTimeText(utc);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNoteAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!TryValidateModel(Note, nameof(Note)))
        {
            return Page();
        }

        db.DiscrepancyNotes.Add(new DiscrepancyNote { DiscrepancyId = id, Text = Note.Text!.Trim(), ByUserId = Me.UserId, ByName = Me.Name, AtUtc = clock.UtcNow });
        var tracked = await db.Discrepancies.FirstAsync(d => d.Id == id);
        if (tracked.Status == DiscrepancyStatus.Open)
        {
            tracked.Status = DiscrepancyStatus.Investigating;
        }

        await db.SaveChangesAsync();
        return Done("Note added.", "/ControlledSubstances/Discrepancy", new { id });
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid id)
    {
        ModelState.Clear();
        if (!MayResolve)
        {
            return Forbid();
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Item.Status == DiscrepancyStatus.Resolved)
        {
            ModelState.AddModelError("", "This discrepancy is already resolved.");
            return Page();
        }

        if (!TryValidateModel(Resolve, nameof(Resolve)))
        {
            return Page();
        }

        if (Resolve.AdjustLedger && (Item.Kind != DiscrepancyKind.CountDifference || Item.LotId is null || Item.LocationId is null || Item.DifferenceVials == 0))
        {
            ModelState.AddModelError("Resolve.AdjustLedger", "Only a count difference can be adjusted in the ledger.");
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (Resolve.AdjustLedger)
        {
            var refusal = await ledger.RecordAsync([new StockMovement
            {
                Kind = MovementKind.CountAdjustment,
                LotId = Item.LotId!.Value,
                LocationId = Item.LocationId,
                Vials = Item.DifferenceVials,
                CountId = Item.CountId,
                Reason = "Count difference resolved: " + Resolve.Resolution!.Trim(),
                OccurredAtUtc = clock.UtcNow,
                RecordedAtUtc = clock.UtcNow,
                ByUserId = Me.UserId,
                ByName = Me.Name,
            }], null, HttpContext.RequestAborted);
            if (refusal is not null)
            {
                ModelState.AddModelError("Resolve.AdjustLedger", LedgerRefusalText.Describe(refusal.Value));
                return Page();
            }
        }

        var tracked = await db.Discrepancies.FirstAsync(d => d.Id == id);
        tracked.Status = DiscrepancyStatus.Resolved;
        tracked.SuspectedTheft = Resolve.SuspectedTheft;
        tracked.ReportableToDea = TheftOrLoss.IsReportable(Resolve.SuspectedTheft, Resolve.LossExplained ? 0 : tracked.MissingMicrograms, options.Value.ToRules());
        tracked.Resolution = Resolve.Resolution!.Trim();
        tracked.ResolvedAtUtc = clock.UtcNow;
        tracked.ResolvedByUserId = Me.UserId;
        tracked.ResolvedByName = Me.Name;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Done(tracked.ReportableToDea ? "Resolved. This is a theft or significant loss: notify DEA and complete Form 106." : "Resolved.", "/ControlledSubstances/Discrepancy", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Discrepancies.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id) is not { } item)
        {
            return false;
        }

        Item = item;
        Notes = await db.DiscrepancyNotes.AsNoTracking().Where(n => n.DiscrepancyId == id).OrderBy(n => n.AtUtc).ToListAsync();
        Lot = item.LotId is { } lot ? (await LotChoice.QueryAsync(db, HttpContext.RequestAborted)).FirstOrDefault(l => l.LotId == lot)?.Label : null;
        db.RecordAccess(AuditAction.View, nameof(Discrepancy), id.ToString("D"), item.PatientId);
        await db.SaveChangesAsync();
        return true;
    }

    public sealed class NoteInput
    {
        [Required(ErrorMessage = "Write the note.")]
        [StringLength(4000, ErrorMessage = "Keep the note under 4000 characters.")]
        public string? Text { get; set; }
    }

    public sealed class ResolveInput
    {
        [Required(ErrorMessage = "Say how the discrepancy was resolved.")]
        [StringLength(4000, ErrorMessage = "Keep the resolution under 4000 characters.")]
        public string? Resolution { get; set; }

        public bool SuspectedTheft { get; set; }

        public bool LossExplained { get; set; }

        public bool AdjustLedger { get; set; }
    }
}

using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>The ledger itself, newest first; a nurse or physician corrects a movement by reversing it with a reason.</summary>
[Authorize(Policy = Policies.ControlledSubstanceRecords)]
public sealed class MovementsModel(ClinicDbContext db, StockHandling stock, ClinicClock clock) : ControlledPage
{
    public IReadOnlyList<StockMovement> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, LotChoice> Lots { get; private set; } = new Dictionary<Guid, LotChoice>();

    public IReadOnlySet<Guid> Reversed { get; private set; } = new HashSet<Guid>();

    public bool MayCorrect => ControlledSubstanceAuthority.MayHandleStock(User);

    [BindProperty]
    public CorrectInput Correct { get; set; } = new();

    public string Time(DateTime utc) => clock.DateTimeText(utc);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCorrectAsync()
    {
        if (!MayCorrect)
        {
            return Forbid();
        }

        if (ModelState.IsValid && await stock.CorrectAsync(Correct.MovementId!.Value, Correct.Reason!, Me, HttpContext.RequestAborted) is { } error)
        {
            ModelState.AddModelError(error.Field == "Reason" ? "Correct.Reason" : "", error.Message);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        return Done("Correction recorded as a reversing movement.", "/ControlledSubstances/Movements");
    }

    private async Task LoadAsync()
    {
        Rows = await db.StockMovements.AsNoTracking().OrderByDescending(m => m.Sequence).Take(500).ToListAsync();
        Lots = (await LotChoice.QueryAsync(db, HttpContext.RequestAborted)).ToDictionary(l => l.LotId);
        Reversed = (await db.StockMovements.AsNoTracking().Where(m => m.ReversesId != null).Select(m => m.ReversesId!.Value).ToListAsync()).ToHashSet();
    }

    public sealed class CorrectInput
    {
        [Required(ErrorMessage = "Choose the movement to correct.")]
        public Guid? MovementId { get; set; }

        [Required(ErrorMessage = "Say why the movement was wrong.")]
        [StringLength(1000, MinimumLength = 5, ErrorMessage = "Give a reason of 5 to 1000 characters.")]
        public string? Reason { get; set; }
    }
}

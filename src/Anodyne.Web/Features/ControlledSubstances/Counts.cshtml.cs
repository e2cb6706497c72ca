using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>A blind count by two people: the form lists lots to count but never the ledger's balances.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class CountsModel(ClinicDbContext db, BlindCounting counting, ControlledSubstanceAuthority authority, ClinicClock clock) : ControlledPage
{
    public sealed record PastCount(Guid Id, DateTime AtUtc, string Location, CountOccasion Occasion, string Counters);

    public IReadOnlyList<PastCount> Past { get; private set; } = [];

    public List<SelectListItem> Locations { get; private set; } = [];

    public IReadOnlyList<LotChoice> Lots { get; private set; } = [];

    [BindProperty]
    public CountInput Input { get; set; } = new();

    public string Time(DateTime utc) => clock.DateTimeText(utc);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Lines = Lots.Select(l => new LineInput { LotId = l.LotId }).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var (second, refused) = await authority.VerifyWitnessAsync(Input.WitnessEmail, Input.WitnessPassword, Me.UserId, "count");
            if (second is null)
            {
                ModelState.AddModelError("Input.WitnessEmail", refused!);
            }
            else
            {
                var lines = Input.Lines.Select(l => new CountedLot(l.LotId, l.Counted!.Value)).ToList();
                var (count, error) = await counting.RecordAsync(Input.LocationId!.Value, Input.Occasion, lines, Me, second, HttpContext.RequestAborted);
                if (error is not null)
                {
                    AddError(error);
                }
                else
                {
                    return RedirectToPage("/ControlledSubstances/Count", new { id = count!.Id });
                }
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Locations = await LocationsAsync(db, ct);
        Lots = await counting.LotsToCountAsync(ct);
        var names = await db.StorageLocations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        Past = (await db.StockCounts.AsNoTracking().OrderByDescending(c => c.CountedAtUtc).Take(50).ToListAsync(ct))
            .Select(c => new PastCount(c.Id, c.CountedAtUtc, names.GetValueOrDefault(c.LocationId, "?"), c.Occasion, c.FirstCounterName + " and " + c.SecondCounterName)).ToList();
    }

    public sealed class CountInput
    {
        [Required(ErrorMessage = "Choose the location counted.")]
        public Guid? LocationId { get; set; }

        public CountOccasion Occasion { get; set; }

        public List<LineInput> Lines { get; set; } = [];

        [Required(ErrorMessage = "The second counter enters their own e-mail.")]
        public string? WitnessEmail { get; set; }

        [Required(ErrorMessage = "The second counter enters their own password.")]
        public string? WitnessPassword { get; set; }
    }

    public sealed class LineInput
    {
        public Guid LotId { get; set; }

        [Required(ErrorMessage = "Enter the vials found (0 if none).")]
        [Range(0, 10_000, ErrorMessage = "Enter a whole number of vials, 0 or more.")]
        public int? Counted { get; set; }
    }
}

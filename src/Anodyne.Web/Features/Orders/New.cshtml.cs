using System.Globalization;
using System.Security.Claims;
using Anodyne.Clinical.Dosing;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Orders;

/// <summary>
/// A physician orders a protocol for an eligible patient: enters the dated weight, vial and bag, previews the
/// calculation, the limit findings and the plasma curve, documents any soft-limit override and signs with the
/// password. A change to a signed order is a new version written here with a reason.
/// </summary>
[Authorize(Policy = Policies.Physician)]
public sealed class NewModel(
    PatientQueries patients,
    ClinicDbContext db,
    ClinicClock clock,
    ProtocolLibrary library,
    OrderQueries orders,
    UserManager<ClinicUser> users,
    SignInManager<ClinicUser> signIns) : PatientEntryPage(patients)
{
    [BindProperty]
    public OrderInput Input { get; set; } = new();

    public bool Eligible { get; private set; }

    public IReadOnlyList<ProtocolVersion> Protocols { get; private set; } = [];

    public ProtocolVersion? Protocol { get; private set; }

    public TreatmentOrder? Replaces { get; private set; }

    public OrderWorkup.Result? Workup { get; private set; }

    public HtmlString? Chart { get; private set; }

    public ClinicClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(Guid id, string? protocol, Guid? replaces)
    {
        if (!await OpenAsync(id))
        {
            return NotFound();
        }

        if (!Eligible)
        {
            return Page();
        }

        if (replaces is { } replacedId)
        {
            if (!await LoadReplacedAsync(replacedId))
            {
                return NotFound();
            }

            Protocol = await library.FindAsync(Replaces!.ProtocolVersionId, HttpContext.RequestAborted);
            Input = OrderInput.From(Replaces, Protocol!);
            return Page();
        }

        Protocol = (protocol is null ? null : Protocols.FirstOrDefault(p => p.Code == protocol)) ?? (Protocols.Count > 0 ? Protocols[0] : null);
        if (Protocol is not null)
        {
            Input = OrderInput.Fresh(Protocol, Patient.Sex, clock.Today);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id)
    {
        if (!await OpenForPostAsync(id))
        {
            return NotFound();
        }

        if (!Eligible || Protocol is null)
        {
            return Page();
        }

        var workup = RunWorkup();
        if (workup.Limits is { } limits)
        {
            db.Add(DoseLimitCheckRecord.Of(id, null, Protocol.Id, LimitCheckContext.OrderPreview, limits, Input.OverrideReason, proceeded: false, UserId, clock.UtcNow));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id)
    {
        if (!await OpenForPostAsync(id))
        {
            return NotFound();
        }

        if (!Eligible || Protocol is null)
        {
            return Page();
        }

        var workup = RunWorkup();
        if (workup.Blocked || workup.Limits is not { } limits)
        {
            return Page();
        }

        if (limits.Outcome == DoseLimitOutcome.HardLimitExceeded)
        {
            ModelState.AddModelError("Input.OverrideReason", "A hard limit is exceeded: this order cannot be signed. Change the dose or the protocol.");
        }
        else if (limits.NeedsDocumentedReason && string.IsNullOrWhiteSpace(Input.OverrideReason))
        {
            ModelState.AddModelError("Input.OverrideReason", "A soft limit is exceeded: document the clinical reason to go ahead.");
        }

        if (Replaces is not null && string.IsNullOrWhiteSpace(Input.ChangeReason))
        {
            ModelState.AddModelError("Input.ChangeReason", "Say why the order is changed.");
        }

        var user = await users.GetUserAsync(User);
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Enter your password to sign.");
        }
        else if (user is null || !(await signIns.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true)).Succeeded)
        {
            ModelState.AddModelError("Input.Password", "The password is not right; the order is not signed.");
        }

        var proceed = ModelState.IsValid;
        var order = proceed
            ? TreatmentOrder.Sign(ToWorkupInput(), workup, Replaces, Input.ChangeReason, Input.OverrideReason, user!.Id, user.DisplayName, clock.UtcNow)
            : null;
        if (order is not null)
        {
            db.Add(order);
        }

        db.Add(DoseLimitCheckRecord.Of(id, order?.Id, Protocol.Id, LimitCheckContext.OrderSigning, limits, Input.OverrideReason, proceed, UserId, clock.UtcNow));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Input.Password = "";
        if (order is null)
        {
            return Page();
        }

        TempData["Status"] = string.Create(CultureInfo.InvariantCulture, $"Order signed: {order.ProtocolName}, version {order.Version}. A second clinician must double-check it before the first administration.");
        return RedirectToPage("/Orders/Details", new { id = order.Id });
    }

    /// <summary>The field's message id when it has an error, for aria-describedby.</summary>
    public string? Describe(string field) =>
        ModelState.TryGetValue("Input." + field, out var entry) && entry.Errors.Count > 0 ? "error-" + field.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal) : null;

    public string? Error(string field) =>
        ModelState.TryGetValue("Input." + field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task<bool> OpenAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return false;
        }

        Eligible = await SignedEligibility.IsEligibleAsync(db, id, HttpContext.RequestAborted);
        Protocols = await library.CurrentAsync(HttpContext.RequestAborted);
        return true;
    }

    private async Task<bool> OpenForPostAsync(Guid id)
    {
        if (!await OpenAsync(id))
        {
            return false;
        }

        if (Input.ReplacesOrderId is { } replacedId && !await LoadReplacedAsync(replacedId))
        {
            return false;
        }

        Protocol = await library.FindAsync(Input.ProtocolVersionId, HttpContext.RequestAborted);
        if (Protocol is null)
        {
            ModelState.AddModelError("Input.ProtocolVersionId", "Choose a protocol.");
        }

        return true;
    }

    private async Task<bool> LoadReplacedAsync(Guid orderId)
    {
        Replaces = await orders.FindAsync(orderId, HttpContext.RequestAborted);
        if (Replaces is null || Replaces.PatientId != Patient.Id)
        {
            return false;
        }

        if (await orders.IsSupersededAsync(Replaces, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Input.ReplacesOrderId", "A newer version of this order exists: change that one.");
        }

        return true;
    }

    private OrderWorkup.Result RunWorkup()
    {
        foreach (var (field, message) in Input.Problems(Protocol!))
        {
            ModelState.AddModelError("Input." + field, message);
        }

        if (!ModelState.IsValid)
        {
            Workup = new OrderWorkup.Result([new("", "Correct the fields marked.")], null, [], null, [], TimeSpan.Zero, null);
            return Workup;
        }

        Workup = OrderWorkup.Run(ToWorkupInput(), clock.Today);
        foreach (var problem in Workup.Problems)
        {
            ModelState.AddModelError("Input." + problem.Field, problem.Message);
        }

        if (Workup.Preview is { } preview)
        {
            Chart = PlasmaChart.Render(preview, "plasma-preview");
        }

        return Workup;
    }

    private OrderWorkup.Input ToWorkupInput() => new(
        Patient.Id,
        Protocol!,
        Input.OrderedSteps(Protocol!),
        Input.WeightKg!.Value,
        Input.WeightMeasuredOn!.Value,
        Input.HeightCm,
        Input.ParsedSex(),
        Input.VialMgPerMl!.Value,
        Input.BagVolumeMl!.Value);
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Anodyne.Clinical.Dosing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Protocols;

/// <summary>An administrator or physician edits a protocol; saving adds a version with the reason, the old one stays.</summary>
[Authorize(Policy = Policies.ProtocolEditors)]
public sealed class EditModel(ProtocolLibrary library, UserManager<ClinicUser> users) : PageModel
{
    public const int MaxSteps = 3;

    [BindProperty]
    public ProtocolInput Input { get; set; } = new();

    public ProtocolVersion Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await library.CurrentAsync(code, HttpContext.RequestAborted) is not { } current)
        {
            return NotFound();
        }

        Current = current;
        Input = ProtocolInput.From(current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (await library.CurrentAsync(code, HttpContext.RequestAborted) is not { } current)
        {
            return NotFound();
        }

        Current = current;
        var steps = new List<ProtocolStepSpec>();
        for (var i = 0; i < Input.Steps.Count && i < MaxSteps; i++)
        {
            if (Input.Steps[i].ToSpec() is { } spec)
            {
                var (_, field, problem) = spec.ToClinical();
                if (problem is not null)
                {
                    ModelState.AddModelError(string.Create(CultureInfo.InvariantCulture, $"Input.Steps[{i}].Kind"), string.Create(CultureInfo.InvariantCulture, $"Step {i + 1}: {problem} ({field})"));
                }

                steps.Add(spec);
            }
        }

        if (steps.Count == 0)
        {
            ModelState.AddModelError("Input.Steps", "A protocol needs at least one step.");
        }

        var limits = Input.Limits();
        foreach (var (field, message) in limits.Problems())
        {
            ModelState.AddModelError("Input." + field, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        var draft = new ProtocolDraft(code, Input.Name!, Input.Indication!, Input.Setting, steps, Input.Sessions!.Value, Input.SpacingDays!.Value,
            Input.DosingWeightRule, Input.MaxWeightAgeDays!.Value, Input.InfusionBagMgPerMl!.Value, Input.DefaultBagVolumeMl!.Value, limits, Input.Sources ?? "", Input.ChangeReason);
        var saved = await library.SaveNextVersionAsync(draft, user?.DisplayName ?? "", User.FindFirstValue(ClaimTypes.NameIdentifier), HttpContext.RequestAborted);
        TempData["Status"] = string.Create(CultureInfo.InvariantCulture, $"{saved.Name} saved as version {saved.Version}. Orders already written keep the version they were written from.");
        return RedirectToPage("/Protocols/Index");
    }

    public sealed class ProtocolInput
    {
        [Required(ErrorMessage = "Enter the protocol's name.")]
        [StringLength(200)]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter what the protocol is for.")]
        [StringLength(1000)]
        public string? Indication { get; set; }

        public ProtocolSetting Setting { get; set; }

        [Required(ErrorMessage = "Enter the number of sessions.")]
        [Range(1, 30, ErrorMessage = "Sessions must be from 1 to 30.")]
        public int? Sessions { get; set; }

        [Required(ErrorMessage = "Enter the days between sessions (0 for one session).")]
        [Range(0, 365, ErrorMessage = "Days between sessions must be from 0 to 365.")]
        public int? SpacingDays { get; set; }

        public DosingWeightRule DosingWeightRule { get; set; }

        [Required(ErrorMessage = "Enter how old a weight may be, in days.")]
        [Range(0, 365, ErrorMessage = "The weight's age must be from 0 to 365 days.")]
        public int? MaxWeightAgeDays { get; set; }

        [Required(ErrorMessage = "Enter the concentration infusion bags are made up to.")]
        [Range(0.01, 100, ErrorMessage = "The bag concentration must be from 0.01 to 100 mg/mL.")]
        public decimal? InfusionBagMgPerMl { get; set; }

        [Required(ErrorMessage = "Enter the usual bag volume.")]
        [Range(1d, 1000d, ErrorMessage = "The bag volume must be from 1 to 1000 mL.")]
        public decimal? DefaultBagVolumeMl { get; set; }

        [Range(0d, 100d)]
        public decimal? RateSoftMgPerKgPerHour { get; set; }

        [Range(0d, 100d)]
        public decimal? RateHardMgPerKgPerHour { get; set; }

        [Range(0d, 100d)]
        public decimal? BolusSoftMgPerKg { get; set; }

        [Range(0d, 100d)]
        public decimal? BolusHardMgPerKg { get; set; }

        [Range(0d, 1000000d)]
        public decimal? SessionSoftMg { get; set; }

        [Range(0d, 1000000d)]
        public decimal? SessionHardMg { get; set; }

        [Range(0d, 1000000d)]
        public decimal? DaySoftMg { get; set; }

        [Range(0d, 1000000d)]
        public decimal? DayHardMg { get; set; }

        [Range(0d, 1000000d)]
        public decimal? SeriesSoftMg { get; set; }

        [Range(0d, 1000000d)]
        public decimal? SeriesHardMg { get; set; }

        [StringLength(8000)]
        public string? Sources { get; set; }

        [Required(ErrorMessage = "Say why the protocol is changed.")]
        [StringLength(2000)]
        public string? ChangeReason { get; set; }

        public List<StepInput> Steps { get; set; } = [];

        public ProtocolLimits Limits() => new(RateSoftMgPerKgPerHour, RateHardMgPerKgPerHour, BolusSoftMgPerKg, BolusHardMgPerKg,
            SessionSoftMg, SessionHardMg, DaySoftMg, DayHardMg, SeriesSoftMg, SeriesHardMg);

        public static ProtocolInput From(ProtocolVersion p)
        {
            ArgumentNullException.ThrowIfNull(p);
            var input = new ProtocolInput
            {
                Name = p.Name,
                Indication = p.Indication,
                Setting = p.Setting,
                Sessions = p.Sessions,
                SpacingDays = p.SpacingDays,
                DosingWeightRule = p.DosingWeightRule,
                MaxWeightAgeDays = p.MaxWeightAgeDays,
                InfusionBagMgPerMl = p.InfusionBagMgPerMl,
                DefaultBagVolumeMl = p.DefaultBagVolumeMl,
                RateSoftMgPerKgPerHour = p.RateSoftMgPerKgPerHour,
                RateHardMgPerKgPerHour = p.RateHardMgPerKgPerHour,
                BolusSoftMgPerKg = p.BolusSoftMgPerKg,
                BolusHardMgPerKg = p.BolusHardMgPerKg,
                SessionSoftMg = p.SessionSoftMg,
                SessionHardMg = p.SessionHardMg,
                DaySoftMg = p.DaySoftMg,
                DayHardMg = p.DayHardMg,
                SeriesSoftMg = p.SeriesSoftMg,
                SeriesHardMg = p.SeriesHardMg,
                Sources = p.Sources,
                Steps = [.. p.Steps().Select(StepInput.From)],
            };
            while (input.Steps.Count < MaxSteps)
            {
                input.Steps.Add(new StepInput());
            }

            return input;
        }
    }

    /// <summary>One step row; an empty kind means no step.</summary>
    public sealed class StepInput
    {
        public ProtocolStepKind? Kind { get; set; }

        public decimal? DoseMgPerKg { get; set; }

        public decimal? OverMinutes { get; set; }

        public decimal? RateMgPerKgPerHour { get; set; }

        public decimal? DurationMinutes { get; set; }

        public decimal? StepMgPerKgPerHour { get; set; }

        public decimal? IntervalHours { get; set; }

        public int? TargetPainScore { get; set; }

        public decimal? TargetHoldHours { get; set; }

        public decimal? CeilingMgPerKgPerHour { get; set; }

        public decimal? MaximumHours { get; set; }

        public static StepInput From(ProtocolStepSpec s) => new()
        {
            Kind = s.Kind,
            DoseMgPerKg = s.DoseMgPerKg,
            OverMinutes = s.OverMinutes,
            RateMgPerKgPerHour = s.RateMgPerKgPerHour,
            DurationMinutes = s.DurationMinutes,
            StepMgPerKgPerHour = s.StepMgPerKgPerHour,
            IntervalHours = s.IntervalHours,
            TargetPainScore = s.TargetPainScore,
            TargetHoldHours = s.TargetHoldHours,
            CeilingMgPerKgPerHour = s.CeilingMgPerKgPerHour,
            MaximumHours = s.MaximumHours,
        };

        public ProtocolStepSpec? ToSpec() => Kind switch
        {
            null => null,
            ProtocolStepKind.Bolus => new ProtocolStepSpec { Kind = ProtocolStepKind.Bolus, DoseMgPerKg = DoseMgPerKg, OverMinutes = OverMinutes },
            ProtocolStepKind.ConstantInfusion => new ProtocolStepSpec { Kind = ProtocolStepKind.ConstantInfusion, RateMgPerKgPerHour = RateMgPerKgPerHour, DurationMinutes = DurationMinutes },
            _ => new ProtocolStepSpec
            {
                Kind = ProtocolStepKind.Titration,
                RateMgPerKgPerHour = RateMgPerKgPerHour,
                StepMgPerKgPerHour = StepMgPerKgPerHour,
                IntervalHours = IntervalHours,
                TargetPainScore = TargetPainScore,
                TargetHoldHours = TargetHoldHours,
                CeilingMgPerKgPerHour = CeilingMgPerKgPerHour,
                MaximumHours = MaximumHours,
            },
        };
    }
}

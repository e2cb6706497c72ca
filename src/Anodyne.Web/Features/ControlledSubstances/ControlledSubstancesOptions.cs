using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.ControlledSubstances;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>Clinic policy for controlled substances (section "ControlledSubstances"); see <see cref="AccountabilityOptions"/>.</summary>
public sealed class ControlledSubstancesOptions
{
    public const string Section = "ControlledSubstances";

    [Range(1, 24 * 60)]
    public int WasteWitnessMinutes { get; set; } = new AccountabilityOptions().WasteWitnessMinutes;

    [Range(1, 24 * 7)]
    public int EscalateAfterHours { get; set; } = new AccountabilityOptions().EscalateAfterHours;

    [Range(0, 100_000_000)]
    public long SignificantLossMicrograms { get; set; } = new AccountabilityOptions().SignificantLossMicrograms;

    public AccountabilityOptions ToRules() => new()
    {
        WasteWitnessMinutes = WasteWitnessMinutes,
        EscalateAfterHours = EscalateAfterHours,
        SignificantLossMicrograms = SignificantLossMicrograms,
    };
}

using System.ComponentModel.DataAnnotations;

namespace Anodyne.Web.Infrastructure.Time;

/// <summary>The clinic itself. Bound from the "Clinic" section.</summary>
public sealed class ClinicOptions
{
    public const string Section = "Clinic";

    [Required, StringLength(120, MinimumLength = 1)]
    public string Name { get; set; } = "Anodyne Headache & Infusion Clinic";

    /// <summary>IANA time zone used to show times and to plan the clinic's days; storage is always UTC.</summary>
    [Required]
    public string TimeZone { get; set; } = "America/New_York";
}

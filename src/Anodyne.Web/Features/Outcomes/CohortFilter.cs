using Anodyne.Web.Features.Patients;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// Which patients the cohort figures cover: first infusion between <see cref="From"/> and <see cref="To"/> (clinic
/// days), a sex, and an age band at the first infusion ("18-39", "40-64", "65+").
/// </summary>
public sealed record CohortFilter(DateOnly? From, DateOnly? To, AdministrativeSex? Sex, string? AgeBand)
{
    public static readonly IReadOnlyList<string> AgeBands = ["18-39", "40-64", "65+"];

    public bool InAgeBand(int age) => AgeBand switch
    {
        null or "" => true,
        "18-39" => age is >= 18 and <= 39,
        "40-64" => age is >= 40 and <= 64,
        "65+" => age >= 65,
        _ => false,
    };

    /// <summary>A message for the first filter that is not valid, or null.</summary>
    public string? Problem() =>
        From > To ? "'from' must be on or before 'to'."
        : AgeBand is { Length: > 0 } band && !AgeBands.Contains(band) ? "ageBand is one of 18-39, 40-64, 65+."
        : Sex is { } s && !Enum.IsDefined(s) ? "sex is Female, Male, Other or Unknown."
        : null;
}

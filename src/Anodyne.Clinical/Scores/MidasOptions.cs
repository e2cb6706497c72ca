namespace Anodyne.Clinical.Scores;

/// <summary>Clinic settings for MIDAS scoring.</summary>
/// <param name="ReportGradeFourSubGrades">
/// Whether to report IV-A / IV-B. Off by default: the sub-grades are tagged unverified in
/// clinical/outcomes.md §4.4, and clinical/README.md makes unverified values clinic settings.
/// </param>
public sealed record MidasOptions(bool ReportGradeFourSubGrades = false)
{
    public static MidasOptions Default { get; } = new();
}

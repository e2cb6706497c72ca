namespace Anodyne.Clinical.Outcomes.Durability;

/// <summary>
/// A Kaplan-Meier curve of durability of benefit. The median is the first relapse time at which survival is at
/// most 0.5, and its 95% interval follows Brookmeyer and Crowley (Biometrics 1982;38:29–41): from the first time
/// the lower limit is at most 0.5 to the first time the upper limit is. Each is null when the curve never gets there.
/// </summary>
public sealed record KaplanMeierCurve(
    int Patients,
    int Relapses,
    ConfidenceIntervalTransform Transform,
    IReadOnlyList<KaplanMeierStep> Steps,
    int? MedianDays,
    int? MedianLower95Days,
    int? MedianUpper95Days)
{
    /// <summary>Survival on a given day: the estimate of the last step on or before it, 1 before the first.</summary>
    public double SurvivalOn(int day) => Steps.LastOrDefault(s => s.Day <= day)?.Survival ?? 1d;
}

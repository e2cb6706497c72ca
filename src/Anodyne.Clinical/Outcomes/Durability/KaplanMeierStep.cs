namespace Anodyne.Clinical.Outcomes.Durability;

/// <summary>
/// The Kaplan-Meier estimate at one relapse time: survival here means benefit still lasting.
/// <see cref="Censored"/> counts patients censored at this same time; they are still at risk at it.
/// Variance, standard error and the interval are null where the survival is 0.
/// </summary>
public sealed record KaplanMeierStep(
    int Day,
    int AtRisk,
    int Relapses,
    int Censored,
    double Survival,
    double? GreenwoodVariance,
    double? StandardError,
    double? Lower95,
    double? Upper95);

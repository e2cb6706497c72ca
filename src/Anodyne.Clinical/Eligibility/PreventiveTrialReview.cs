namespace Anodyne.Clinical.Eligibility;

/// <summary>Whether one preventive trial counts as a treatment failure under EHF 2020, and why.</summary>
public sealed record PreventiveTrialReview(PreventiveTrial Trial, bool CountsAsFailure, string Explanation);

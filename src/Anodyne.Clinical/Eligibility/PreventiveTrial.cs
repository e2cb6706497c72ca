namespace Anodyne.Clinical.Eligibility;

/// <summary>One preventive the patient has tried (or could not try), as taken from the chart.</summary>
/// <param name="Class">The drug's preventive class.</param>
/// <param name="Drug">The drug, e.g. "topiramate".</param>
/// <param name="Dose">The highest dose reached, as charted, e.g. "100 mg/day".</param>
/// <param name="ReachedOptimalOrMaximumToleratedDose">The physician judges the dose optimal or the maximum tolerated.</param>
/// <param name="DurationWeeks">Weeks on the drug; 0 if never started.</param>
/// <param name="ReasonStopped">Why it was stopped.</param>
public sealed record PreventiveTrial(
    PreventiveClass Class,
    string Drug,
    string Dose,
    bool ReachedOptimalOrMaximumToleratedDose,
    int DurationWeeks,
    ReasonStopped ReasonStopped)
{
    public PreventiveClass Class { get; } = Enum.IsDefined(Class)
        ? Class
        : throw new ArgumentOutOfRangeException(nameof(Class), Class, "Not a preventive class.");

    public string Drug { get; } = string.IsNullOrWhiteSpace(Drug)
        ? throw new ArgumentException("The drug must be named.", nameof(Drug))
        : Drug;

    public string Dose { get; } = Dose ?? throw new ArgumentNullException(nameof(Dose));

    public int DurationWeeks { get; } = DurationWeeks >= 0
        ? DurationWeeks
        : throw new ArgumentOutOfRangeException(nameof(DurationWeeks), DurationWeeks, "Weeks on a drug cannot be negative.");

    public ReasonStopped ReasonStopped { get; } = Enum.IsDefined(ReasonStopped)
        ? ReasonStopped
        : throw new ArgumentOutOfRangeException(nameof(ReasonStopped), ReasonStopped, "Not a reason for stopping.");
}

namespace Anodyne.Clinical.Eligibility;

/// <summary>
/// Clinic settings for the EHF 2020 resistant and refractory definitions. The notes give no adequate-trial length for
/// EHF 2020 itself; the only lengths they give come from a different definition (D'Antona &amp; Matharu 2019), so the
/// lengths are clinic settings, defaulted to the stricter whole-week reading (clinical/README.md rules for the code).
/// </summary>
public sealed record MigraineResistanceOptions
{
    /// <summary>The seven named classes of PMC9167529 Table 3; "other proven preventives" is open-ended and not required.</summary>
    private static readonly PreventiveClass[] NamedClasses =
    [
        PreventiveClass.Antidepressant,
        PreventiveClass.Antiepileptic,
        PreventiveClass.BetaBlocker,
        PreventiveClass.CalciumChannelBlocker,
        PreventiveClass.CgrpPathway,
        PreventiveClass.AceInhibitorOrAngiotensinReceptorBlocker,
        PreventiveClass.OnabotulinumtoxinA,
    ];

    private readonly int _minimumAdequateTrialWeeks = 9;
    private readonly int _minimumOnabotulinumtoxinATrialWeeks = 26;
    private readonly IReadOnlySet<PreventiveClass> _availableClasses = new HashSet<PreventiveClass>(NamedClasses);

    public static MigraineResistanceOptions Default { get; } = new();

    /// <summary>
    /// Weeks at optimal or maximum tolerated dose before "no effect" counts as a failure. Source: "adequate trial
    /// ≥2 months" (D'Antona &amp; Matharu, J Headache Pain 2019;20:89, clinical/diagnosis.md §3.6) [verified, but from
    /// another definition than EHF 2020]. 2 months is up to 62 days; 9 weeks (63 days) is the shortest whole number
    /// of weeks that is always at least 2 months.
    /// </summary>
    public int MinimumAdequateTrialWeeks
    {
        get => _minimumAdequateTrialWeeks;
        init => _minimumAdequateTrialWeeks = Positive(value);
    }

    /// <summary>
    /// Weeks of onabotulinumtoxinA before "no effect" counts as a failure. Source: "≥2 quarterly cycles" (D'Antona &amp;
    /// Matharu 2019, clinical/diagnosis.md §3.6) [verified, but from another definition than EHF 2020]: two quarters
    /// of 13 weeks (52 / 4) each.
    /// </summary>
    public int MinimumOnabotulinumtoxinATrialWeeks
    {
        get => _minimumOnabotulinumtoxinATrialWeeks;
        init => _minimumOnabotulinumtoxinATrialWeeks = Positive(value);
    }

    /// <summary>
    /// Whether a contraindicated class counts as failed. EHF 2020 names lack of efficacy or tolerability; the 2022
    /// adapted table also counts contraindication (clinical/diagnosis.md §3.6: PMC9167529 Table 3) [verified], as
    /// does D'Antona &amp; Matharu 2019. On by default, as the notes state.
    /// </summary>
    public bool ContraindicationCountsAsFailure { get; init; } = true;

    /// <summary>
    /// The classes "all available preventives" means for the refractory definition (clinical/diagnosis.md §3.6).
    /// Defaults to every named class in PMC9167529 Table 3, the strictest reading; a clinic where a class is not
    /// marketed (e.g. flunarizine) removes it here, with physician sign-off.
    /// </summary>
    public IReadOnlySet<PreventiveClass> AvailableClasses
    {
        get => _availableClasses;
        init => _availableClasses = ValidClasses(value);
    }

    private static int Positive(int weeks) => weeks > 0
        ? weeks
        : throw new ArgumentOutOfRangeException(nameof(weeks), weeks, "A trial length must be at least 1 week.");

    private static HashSet<PreventiveClass> ValidClasses(IReadOnlySet<PreventiveClass> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count == 0 || classes.Any(c => !Enum.IsDefined(c)))
        {
            throw new ArgumentException("Available classes must be one or more preventive classes.", nameof(classes));
        }

        return [.. classes];
    }
}

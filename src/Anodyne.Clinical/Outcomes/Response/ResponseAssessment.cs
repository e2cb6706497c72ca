namespace Anodyne.Clinical.Outcomes.Response;

/// <summary>Whether the response after an infusion could be judged, and if not, why.</summary>
public enum ResponseAssessment
{
    Assessed = 0,

    /// <summary>The window after the infusion has not ended yet.</summary>
    WindowNotYetComplete = 1,

    /// <summary>Too few diary days in the window (<see cref="OutcomeSettings.MinimumDiaryCompleteness"/>).</summary>
    IncompleteDiary = 2,

    /// <summary>Too few diary days before treatment to give a baseline.</summary>
    NoValidBaseline = 3,
}

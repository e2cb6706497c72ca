namespace Anodyne.Clinical.Screening;

/// <summary>One finding of the ketamine screen.</summary>
/// <param name="Severity">Blocking, needs review, or informational.</param>
/// <param name="Code">A stable code from <see cref="ScreeningFindingCodes"/>.</param>
/// <param name="Reason">What was found and why it matters, with the patient's values.</param>
/// <param name="Source">Where the rule comes from: reference file, section, original source and its status tag.</param>
public sealed record ScreeningFinding(FindingSeverity Severity, string Code, string Reason, string Source);

namespace Anodyne.Clinical.Dosing;

/// <summary>One limit as evaluated: the value found, the limits, the outcome and a message for the chart.</summary>
public sealed record DoseLimitEvaluation(
    DoseLimitKind Kind,
    DoseLimitOutcome Outcome,
    string Value,
    string SoftLimit,
    string HardLimit,
    string Message);

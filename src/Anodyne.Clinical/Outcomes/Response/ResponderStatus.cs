namespace Anodyne.Clinical.Outcomes.Response;

/// <summary>Whether monthly migraine days fell by at least <see cref="Threshold"/> (a share, 0.5 = 50%) from baseline.</summary>
public sealed record ResponderStatus(decimal Threshold, bool IsResponder);

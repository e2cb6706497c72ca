using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>Predicted plasma and (when the model has a ke0) effect-site concentration at a time.</summary>
public sealed record ConcentrationSample(DateTimeOffset At, Concentration Plasma, Concentration? EffectSite);

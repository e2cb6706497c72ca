using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>What the titration rule says to do now, the rate to run, and when it is next worth asking.</summary>
public sealed record TitrationDecision(TitrationAction Action, WeightBasedRate Rate, DateTimeOffset? NextReviewAt);

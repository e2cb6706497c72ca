using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>One rate of a titration plan, from a time until the next change.</summary>
public sealed record ScheduledRate(DateTimeOffset From, DateTimeOffset Until, WeightBasedRate Rate, InfusionRate PatientRate)
{
    public TimeSpan Duration => Until - From;
}

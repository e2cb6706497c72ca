namespace Anodyne.Clinical.Units;

/// <summary>Durations as exact decimal hours, so that rate x time sums are exact.</summary>
internal static class Hours
{
    internal static decimal Of(TimeSpan duration, string parameterName, bool allowZero)
    {
        if (duration < TimeSpan.Zero || (!allowZero && duration == TimeSpan.Zero))
        {
            throw new ArgumentOutOfRangeException(parameterName, duration, allowZero ? "Must not be negative." : "Must be above zero.");
        }

        return (decimal)duration.Ticks / TimeSpan.TicksPerHour;
    }
}

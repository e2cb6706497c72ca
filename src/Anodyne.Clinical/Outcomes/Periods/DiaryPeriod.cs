namespace Anodyne.Clinical.Outcomes.Periods;

/// <summary>A run of calendar days, first and last day included.</summary>
public sealed record DiaryPeriod
{
    public DiaryPeriod(DateOnly firstDay, DateOnly lastDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastDay, firstDay);
        FirstDay = firstDay;
        LastDay = lastDay;
    }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    public int Days => LastDay.DayNumber - FirstDay.DayNumber + 1;

    public static DiaryPeriod StartingOn(DateOnly firstDay, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new DiaryPeriod(firstDay, firstDay.AddDays(days - 1));
    }

    public static DiaryPeriod EndingOn(DateOnly lastDay, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new DiaryPeriod(lastDay.AddDays(1 - days), lastDay);
    }

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;
}

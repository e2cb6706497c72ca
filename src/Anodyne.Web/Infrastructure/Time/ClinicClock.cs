using System.Globalization;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Infrastructure.Time;

/// <summary>The clinic's local time, for display and for "today"; everything stored stays UTC.</summary>
public sealed class ClinicClock(TimeProvider time, IOptions<ClinicOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow));

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateTime ToUtc(DateOnly day, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    /// <summary>The UTC instants bounding a local calendar day (23 or 25 hours long on daylight-saving days).</summary>
    public (DateTime StartUtc, DateTime EndUtc) DayBounds(DateOnly day) =>
        (ToUtc(day, TimeOnly.MinValue), ToUtc(day.AddDays(1), TimeOnly.MinValue));

    public string Time(DateTime utc) => ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    public string DateTimeText(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

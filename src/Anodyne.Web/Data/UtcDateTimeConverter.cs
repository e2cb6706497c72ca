using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anodyne.Web.Data;

/// <summary>
/// Instants are stored as UTC. SQLite hands DateTime back with an unspecified kind; this marks it UTC again,
/// and refuses a local time on the way in so that no clock-dependent value is ever stored.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => ToStorage(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    private static DateTime ToStorage(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        DateTimeKind.Local => throw new InvalidOperationException("Local times are never stored; convert to UTC first."),
        _ => throw new InvalidOperationException("Unknown DateTimeKind."),
    };
}

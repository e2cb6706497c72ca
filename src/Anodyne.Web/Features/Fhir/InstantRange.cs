using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// A date search (<c>date=ge2026-03-01&amp;date=le2026-03-31</c>) as a half-open UTC range [From, Before).
/// Dates without a time are whole UTC days; the prefixes eq, ge, gt, le and lt are supported.
/// </summary>
public sealed record InstantRange(DateTime? From, DateTime? Before)
{
    /// <summary>True when the whole UTC day <paramref name="day"/> lies inside the range (a date value is a day long).</summary>
    public bool Contains(DateOnly day)
    {
        var start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return (From is null || start >= From) && (Before is null || start.AddDays(1) <= Before);
    }

    public static bool TryParse(StringValues values, out InstantRange? range, out string? error)
    {
        DateTime? from = null;
        DateTime? before = null;
        foreach (var value in values)
        {
            if (!TryParseOne(value ?? "", out var prefix, out var start, out var end))
            {
                range = null;
                error = $"'{value}' is not a date search: use an optional prefix (eq, ge, gt, le, lt) and yyyy-MM-dd or an instant with its offset.";
                return false;
            }

            // Each value narrows the range; several values are combined with AND, as FHIR defines.
            (DateTime? lower, DateTime? upper) = prefix switch
            {
                "ge" => (start, null),
                "gt" => (end, null),
                "le" => (null, end),
                "lt" => (null, start),
                _ => ((DateTime?)start, (DateTime?)end),
            };
            if (lower is not null && (from is null || lower > from))
            {
                from = lower;
            }

            if (upper is not null && (before is null || upper < before))
            {
                before = upper;
            }
        }

        range = new InstantRange(from, before);
        error = null;
        return true;
    }

    /// <summary>The value's own span: a whole day for a date, one tick for an instant.</summary>
    private static bool TryParseOne(string value, out string prefix, out DateTime start, out DateTime end)
    {
        prefix = value.Length > 2 && char.IsAsciiLetterLower(value[0]) ? value[..2] : "eq";
        var text = value.Length > 2 && char.IsAsciiLetterLower(value[0]) ? value[2..] : value;
        start = end = default;
        if (prefix is not ("eq" or "ge" or "gt" or "le" or "lt"))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            end = start.AddDays(1);
            return true;
        }

        if (text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParseExact(text, ["yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && text.Length > 16 && (text.EndsWith('Z') || text[^6] is '+' or '-'))
        {
            start = instant.UtcDateTime;
            end = start.AddTicks(1);
            return true;
        }

        return false;
    }
}

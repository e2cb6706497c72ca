using System.Globalization;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// The search parameters of one request, parsed and checked. Parameters a resource type does not support are
/// refused with 400 rather than ignored, so a client never mistakes an unfiltered answer for a filtered one.
/// </summary>
public sealed class FhirSearch
{
    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    /// <summary>Paging position; written into next links by the server, not a FHIR parameter.</summary>
    public const string OffsetParameter = "_offset";

    private static readonly string[] Common = ["_id", "_count", OffsetParameter, "_format"];

    public int Count { get; private init; } = DefaultCount;

    public int Offset { get; private init; }

    public string? Id { get; private init; }

    public Guid? Patient { get; private init; }

    public string? IdentifierSystem { get; private init; }

    public string? IdentifierValue { get; private init; }

    public InstantRange? Date { get; private init; }

    public InstantRange? LastUpdated { get; private init; }

    /// <summary>Parses the query; returns null with the reason when a parameter is unknown or malformed.</summary>
    public static FhirSearch? Parse(IQueryCollection query, IReadOnlyCollection<string> supported, out string? error)
    {
        error = null;
        foreach (var key in query.Keys)
        {
            if (!Common.Contains(key, StringComparer.Ordinal) && !supported.Contains(key))
            {
                error = $"The search parameter '{key}' is not supported here. Supported: {string.Join(", ", Common.Where(c => c != OffsetParameter).Concat(supported))}.";
                return null;
            }

            if (query[key].Count > 1 && key is not "date" and not "_lastUpdated")
            {
                error = $"The search parameter '{key}' may be given only once.";
                return null;
            }
        }

        var format = query["_format"].ToString();
        if (format.Length > 0 && format is not ("json" or "application/json" or "application/fhir+json"))
        {
            error = "Only _format=json is supported.";
            return null;
        }

        var count = DefaultCount;
        if (query.TryGetValue("_count", out var countText)
            && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxCount))
        {
            error = $"_count must be a whole number from 1 to {MaxCount}.";
            return null;
        }

        var offset = 0;
        if (query.TryGetValue(OffsetParameter, out var offsetText)
            && !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            error = $"{OffsetParameter} must be a whole number of zero or more.";
            return null;
        }

        Guid? patient = null;
        foreach (var name in new[] { "patient", "subject" })
        {
            if (!query.TryGetValue(name, out var reference))
            {
                continue;
            }

            var text = reference.ToString();
            var id = text.StartsWith("Patient/", StringComparison.Ordinal) ? text["Patient/".Length..] : text;
            if (!Guid.TryParseExact(id, "D", out var parsed))
            {
                error = $"{name} must be a Patient reference such as Patient/<id>.";
                return null;
            }

            if (patient is not null && patient != parsed)
            {
                error = "patient and subject name different patients.";
                return null;
            }

            patient = parsed;
        }

        string? identifierSystem = null;
        string? identifierValue = null;
        if (query.TryGetValue("identifier", out var identifier))
        {
            var text = identifier.ToString();
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            (identifierSystem, identifierValue) = bar < 0 ? (null, text) : (text[..bar], text[(bar + 1)..]);
            if (identifierValue.Length == 0)
            {
                error = "identifier needs a value (system|value or value).";
                return null;
            }
        }

        InstantRange? date = null;
        InstantRange? lastUpdated = null;
        if ((query.ContainsKey("date") && !InstantRange.TryParse(query["date"], out date, out error))
            || (query.ContainsKey("_lastUpdated") && !InstantRange.TryParse(query["_lastUpdated"], out lastUpdated, out error)))
        {
            return null;
        }

        var idText = query["_id"].ToString();
        return new FhirSearch
        {
            Count = count,
            Offset = offset,
            Id = idText.Length == 0 ? null : idText,
            Patient = patient,
            IdentifierSystem = identifierSystem,
            IdentifierValue = identifierValue,
            Date = date,
            LastUpdated = lastUpdated,
        };
    }
}

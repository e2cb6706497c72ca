using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http.Extensions;

namespace Anodyne.Web.Features.Fhir;

/// <summary>Search results as a searchset Bundle with self and next links.</summary>
public static class FhirBundles
{
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{FhirEndpoints.Root}";

    public static Bundle Searchset(HttpRequest request, string type, IReadOnlyList<Resource> page, int total, FhirSearch search)
    {
        var baseUrl = BaseUrl(request);
        var bundle = new Bundle
        {
            Id = Guid.NewGuid().ToString("D"),
            Type = Bundle.BundleType.Searchset,
            Total = total,
        };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = $"{baseUrl}/{type}{request.QueryString}" });
        if (search.Offset + page.Count < total && page.Count > 0)
        {
            var next = new QueryBuilder();
            foreach (var (key, values) in request.Query.Where(q => q.Key != FhirSearch.OffsetParameter))
            {
                foreach (var value in values)
                {
                    next.Add(key, value ?? "");
                }
            }

            next.Add(FhirSearch.OffsetParameter, (search.Offset + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = $"{baseUrl}/{type}{next.ToQueryString()}" });
        }

        foreach (var resource in page)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}/{type}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return bundle;
    }
}

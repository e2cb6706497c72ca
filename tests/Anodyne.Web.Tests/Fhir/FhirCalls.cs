using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Anodyne.Web.Tests.Fhir;

/// <summary>Reading FHIR answers back with Firely's own parser, so what the server writes is what FHIR clients read.</summary>
internal static class FhirCalls
{
    private static readonly FhirJsonDeserializer Parser = new(new DeserializerSettings());

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
        where T : Resource
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}\n{body}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return Assert.IsType<T>(Parser.DeserializeResource(body));
    }

    public static async Task<T> GetAsync<T>(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
        where T : Resource
    {
        using var response = await client.GetAsync(path);
        return await ReadAsync<T>(response, expected);
    }

    /// <summary>Every page of a search, following next links to the end.</summary>
    public static async Task<List<Bundle>> AllPagesAsync(HttpClient client, string path)
    {
        var pages = new List<Bundle>();
        string? next = path;
        while (next is not null)
        {
            Assert.True(pages.Count < 100, "Paging did not end");
            var page = await GetAsync<Bundle>(client, next);
            Assert.Equal(Bundle.BundleType.Searchset, page.Type);
            Assert.Contains(page.Link, l => l.Relation == "self");
            pages.Add(page);
            next = page.Link.FirstOrDefault(l => l.Relation == "next")?.Url;
        }

        return pages;
    }

    public static IEnumerable<T> Resources<T>(this Bundle bundle)
        where T : Resource => bundle.Entry.Select(e => Assert.IsType<T>(e.Resource));
}

using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Developers;

/// <summary>A browsable reference of the JSON API, read from the same endpoint metadata as the OpenAPI document.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ApiReferenceModel(IApiDescriptionGroupCollectionProvider explorer) : PageModel
{
    public sealed record Operation(string Tag, string Method, string Path, string Summary, string Parameters, string Access);

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public void OnGet()
    {
        Operations = explorer.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            .Select(Describe)
            .OrderBy(o => o.Tag, StringComparer.Ordinal).ThenBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)
            .ToList();
    }

    private static Operation Describe(ApiDescription d)
    {
        var metadata = d.ActionDescriptor.EndpointMetadata;
        var tag = metadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).FirstOrDefault() ?? "General";
        var summary = metadata.OfType<IEndpointSummaryMetadata>().FirstOrDefault()?.Summary ?? "";
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        var access = string.Join("; ", policies.Select(p => Policies.Roles.TryGetValue(p, out var roles) ? string.Join(", ", roles.Select(ClinicRoles.Describe)) : p));
        var parameters = string.Join(", ", d.ParameterDescriptions
            .Where(p => p.Source.Id is "Query" or "Path" or "Body")
            .Select(p => $"{p.Name} ({p.Source.DisplayName.ToLowerInvariant()})"));
        return new Operation(tag, d.HttpMethod ?? "", "/" + d.RelativePath, summary, parameters, access);
    }
}

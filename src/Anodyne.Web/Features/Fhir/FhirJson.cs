using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Anodyne.Web.Features.Fhir;

/// <summary>Writes resources as FHIR JSON with the FHIR media type.</summary>
public static class FhirJson
{
    public const string ContentType = "application/fhir+json; charset=utf-8";

    public static IResult Result(Resource resource, int status = StatusCodes.Status200OK) =>
        Results.Text(resource.ToJson(), ContentType, Encoding.UTF8, status);

    public static Task WriteAsync(HttpContext http, Resource resource, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType;
        return http.Response.WriteAsync(resource.ToJson(), Encoding.UTF8, http.RequestAborted);
    }
}

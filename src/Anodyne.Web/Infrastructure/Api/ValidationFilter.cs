using System.ComponentModel.DataAnnotations;

namespace Anodyne.Web.Infrastructure.Api;

/// <summary>
/// Checks the DataAnnotations of a JSON body before the handler runs, and answers 400 with field-level messages
/// (RFC 9457 validation problem, each field named as the JSON body spells it) when they fail, so a handler never sees an invalid input.
/// </summary>
public sealed class ValidationFilter<T> : IEndpointFilter where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var input = context.Arguments.OfType<T>().FirstOrDefault();
        if (input is null)
        {
            return TypedResults.Problem(detail: "The request needs a JSON body.", statusCode: StatusCodes.Status400BadRequest);
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input, context.HttpContext.RequestServices, null), results, validateAllProperties: true))
        {
            var errors = results
                .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, r.ErrorMessage)))
                .GroupBy(e => JsonPath(e.Member))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid value.").ToArray());
            return TypedResults.ValidationProblem(errors);
        }

        return await next(context);
    }

    /// <summary>A member path as the JSON body spells it: "AcuteMedication.Classes[0]" becomes "acuteMedication.classes[0]".</summary>
    private static string JsonPath(string member) =>
        string.Join('.', member.Split('.').Select(part => part.Length == 0 ? part : string.Concat(char.ToLowerInvariant(part[0]).ToString(), part[1..])));
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) where T : class =>
        builder.AddEndpointFilter<ValidationFilter<T>>();
}

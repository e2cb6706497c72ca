using System.Text;
using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>The de-identified research dataset, and its data dictionary, as CSV.</summary>
public static class ResearchExportApi
{
    public static RouteGroupBuilder MapResearchExportApi(this RouteGroupBuilder api)
    {
        var outcomes = api.MapGroup("/outcomes").WithTags("Outcomes").RequireAuthorization(Policies.OutcomeAnalysts);

        outcomes.MapGet("/research-export", async (string? part, ResearchExport export, HttpContext http, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                if (part == "dictionary")
                {
                    return Results.File(Encoding.UTF8.GetBytes(ResearchExport.DictionaryCsv()), "text/csv; charset=utf-8", "research-export-dictionary.csv");
                }

                if (part is not (null or ""))
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "part is empty (the data) or 'dictionary'.");
                }

                var made = await export.CreateAsync(ct);
                return Results.File(Encoding.UTF8.GetBytes(made.Csv), "text/csv; charset=utf-8", "research-export.csv");
            })
            .WithSummary("De-identified research dataset (HIPAA Safe Harbor) of consenting patients as CSV; part=dictionary gives the data dictionary")
            .WithDescription("One row per 28-day diary period and per infusion session; dates shifted per patient, ages over 89 as 90+. Each export is audited.");

        return api;
    }
}

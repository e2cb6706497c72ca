using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features;

/// <summary>The page people see for unknown addresses and unexpected failures; it never shows technical detail.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(StatusFor(code));

    public void OnPost(int? code) => Describe(StatusFor(code));

    /// <summary>
    /// The status to answer: the one the status-code pages passed, or 500 when the exception handler re-ran the
    /// request here. Someone who simply types /error, or an error code that does not exist, finds no page (404).
    /// </summary>
    private int StatusFor(int? code) => code switch
    {
        null when HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null => StatusCodes.Status500InternalServerError,
        >= 400 and < 600 => code.Value,
        _ => StatusCodes.Status404NotFound,
    };

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Page not found", "There is no page at this address. Check the address, or use the menu."),
            403 => ("Not allowed", "Your role does not give access to this page."),
            400 => ("Request not understood", "The request could not be read. Go back and try again."),
            _ => ("Something went wrong", "Something went wrong on our side and nothing was saved. Please try again; if it happens again, tell the clinic's administrator."),
        };
        Response.StatusCode = code;
    }
}

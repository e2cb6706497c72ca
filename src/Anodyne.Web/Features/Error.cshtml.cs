using Microsoft.AspNetCore.Authorization;
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

    public void OnGet(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    public void OnPost(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Page not found", "There is no page at this address. Check the address, or use the menu."),
            403 => ("Not allowed", "Your role does not give access to this page."),
            400 => ("Request not understood", "The request could not be read. Go back and try again."),
            _ => ("Something went wrong", "Something went wrong on our side and nothing was saved. Please try again; if it happens again, tell the clinic's administrator."),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;
    }
}

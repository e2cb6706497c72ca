using Anodyne.Web.Data;
using Anodyne.Web.Features.PublicSite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Anodyne.Web.Features.Requests;

/// <summary>
/// The anonymous appointment request (/request) and contact form (/contact), in English and Spanish (/es/…).
/// Posts are rate-limited per client address; a filled honeypot "succeeds" without storing anything.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicFormLimits.Policy)]
[RequestFormLimits(MultipartBodyLengthLimit = ReferralLetter.MaxBytes + (1024 * 1024))]
public sealed class RequestModel(ClinicDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RequestForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Letter { get; set; }

    public Dictionary<string, string> Errors { get; private set; } = [];

    public string Language => PublicLanguage.Of(Request);

    public RequestKind Kind => Request.Path.Value?.EndsWith("/contact", StringComparison.OrdinalIgnoreCase) == true
        ? RequestKind.Contact
        : RequestKind.Appointment;

    public string T(string english, string spanish) => Language == PublicLanguage.Spanish ? spanish : english;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var sent = Redirect(PublicLanguage.PathFor(Language, "/request/sent"));
        if (Input.IsRobot)
        {
            return sent; // looks like success to the robot; nothing is kept
        }

        Errors = Input.Validate(Kind, Language);
        byte[]? letter = null;
        if (Kind == RequestKind.Appointment && Letter is { Length: > 0 })
        {
            letter = await ReadLetterAsync(Letter, cancellationToken);
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var request = new PublicRequest
        {
            Kind = Kind,
            ReceivedAtUtc = now,
            Language = Language,
            Name = Input.Name!.Trim(),
            Phone = RequestForm.Blank(Input.Phone),
            Email = RequestForm.Blank(Input.Email),
            PreferredTimes = RequestForm.Blank(Input.PreferredTimes),
            Reason = Input.Reason!.Trim(),
            ConsentToContact = true,
            HasLetter = letter is not null,
        };
        if (Kind == RequestKind.Appointment)
        {
            request.DiagnosisKnown = RequestForm.YesNo(Input.DiagnosisKnown);
            request.HeadacheDaysPerMonth = RequestForm.Number(Input.HeadacheDays);
            request.PreventivesTried = RequestForm.Number(Input.PreventivesTried);
            request.KnownPregnancy = RequestForm.YesNo(Input.Pregnancy);
            request.KnownPsychosis = RequestForm.YesNo(Input.Psychosis);
        }

        db.Add(request);
        if (letter is not null)
        {
            db.Add(new ReferralLetter { RequestId = request.Id, Content = letter, SizeBytes = letter.Length, ReceivedAtUtc = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private async Task<byte[]?> ReadLetterAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > ReferralLetter.MaxBytes)
        {
            Errors[nameof(Letter)] = T("The letter is larger than 5 MB. Please send a smaller PDF.", "La carta ocupa más de 5 MB. Envíe un PDF más pequeño.");
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var bytes = buffer.ToArray();
        if (!ReferralLetter.LooksLikePdf(bytes))
        {
            Errors[nameof(Letter)] = T("The letter must be a PDF file.", "La carta debe ser un archivo PDF.");
            return null;
        }

        return bytes;
    }
}

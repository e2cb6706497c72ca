using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Anodyne.Web.Features.PublicSite;

namespace Anodyne.Web.Features.Requests;

/// <summary>
/// What the public appointment request and contact forms send. Every field arrives as text and is checked here,
/// so that each message is clear and in the visitor's language.
/// </summary>
public sealed partial class RequestForm
{
    public const int MaxName = 200;
    public const int MaxPreferredTimes = 500;
    public const int MaxReason = 2000;
    public const int MaxPreventives = 50;

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? PreferredTimes { get; set; }

    public string? Reason { get; set; }

    /// <summary>"true" when the consent box is ticked.</summary>
    public string? Consent { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string? DiagnosisKnown { get; set; }

    public string? HeadacheDays { get; set; }

    public string? PreventivesTried { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string? Pregnancy { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string? Psychosis { get; set; }

    /// <summary>Hidden from people; only robots fill it in.</summary>
    public string? Website { get; set; }

    public bool IsRobot => !string.IsNullOrWhiteSpace(Website);

    /// <summary>Field name to message; empty when everything is acceptable.</summary>
    public Dictionary<string, string> Validate(RequestKind kind, string language)
    {
        string T(string en, string es) => language == PublicLanguage.Spanish ? es : en;
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors[nameof(Name)] = T("Please enter your name.", "Escriba su nombre.");
        }
        else if (Name.Trim().Length > MaxName)
        {
            errors[nameof(Name)] = T("Your name is limited to 200 characters.", "El nombre admite hasta 200 caracteres.");
        }

        var hasPhone = !string.IsNullOrWhiteSpace(Phone);
        var hasEmail = !string.IsNullOrWhiteSpace(Email);
        if (!hasPhone && !hasEmail)
        {
            errors[nameof(Phone)] = T("Please give a phone number or an e-mail address so that we can reach you.", "Indique un teléfono o un correo electrónico para poder contactarle.");
        }

        if (hasPhone && (Phone!.Trim().Length > 30 || !PhonePattern().IsMatch(Phone.Trim()) || Phone.Count(char.IsAsciiDigit) < 7))
        {
            errors[nameof(Phone)] = T("The phone number should have at least 7 digits and only digits, spaces and + ( ) - .", "El teléfono debe tener al menos 7 dígitos y solo dígitos, espacios y + ( ) - .");
        }

        if (hasEmail && (Email!.Trim().Length > 254 || !new EmailAddressAttribute().IsValid(Email.Trim()) || !Email.Contains('.', StringComparison.Ordinal)))
        {
            errors[nameof(Email)] = T("The e-mail address is not valid (for example name@example.com).", "El correo electrónico no es válido (por ejemplo nombre@ejemplo.com).");
        }

        if (PreferredTimes?.Trim().Length > MaxPreferredTimes)
        {
            errors[nameof(PreferredTimes)] = T("Preferred times are limited to 500 characters.", "Las preferencias de horario admiten hasta 500 caracteres.");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            errors[nameof(Reason)] = kind == RequestKind.Contact
                ? T("Please write your message.", "Escriba su mensaje.")
                : T("Please tell us briefly why you would like an appointment.", "Explíquenos brevemente el motivo de la cita.");
        }
        else if (Reason.Trim().Length > MaxReason)
        {
            errors[nameof(Reason)] = T("This text is limited to 2000 characters.", "Este texto admite hasta 2000 caracteres.");
        }

        if (Consent != "true")
        {
            errors[nameof(Consent)] = T("Please agree to be contacted, so that we can answer you.", "Acepte que le contactemos, para poder responderle.");
        }

        if (kind == RequestKind.Appointment)
        {
            if (YesNo(DiagnosisKnown) is null)
            {
                errors[nameof(DiagnosisKnown)] = T("Please answer yes or no.", "Responda sí o no.");
            }

            if (Number(HeadacheDays) is not (>= 0 and <= 31))
            {
                errors[nameof(HeadacheDays)] = T("Enter a whole number of days from 0 to 31.", "Escriba un número entero de días entre 0 y 31.");
            }

            if (Number(PreventivesTried) is not (>= 0 and <= MaxPreventives))
            {
                errors[nameof(PreventivesTried)] = T("Enter a whole number from 0 to 50 (0 if none).", "Escriba un número entero entre 0 y 50 (0 si ninguno).");
            }

            if (YesNo(Pregnancy) is null)
            {
                errors[nameof(Pregnancy)] = T("Please answer yes or no.", "Responda sí o no.");
            }

            if (YesNo(Psychosis) is null)
            {
                errors[nameof(Psychosis)] = T("Please answer yes or no.", "Responda sí o no.");
            }
        }

        return errors;
    }

    public static bool? YesNo(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    public static int? Number(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[0-9+()\-. ]+$")]
    private static partial Regex PhonePattern();
}

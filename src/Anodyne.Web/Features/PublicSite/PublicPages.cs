namespace Anodyne.Web.Features.PublicSite;

/// <summary>The public pages, in menu order, and the fixed words around them in both languages.</summary>
public static class PublicPages
{
    public const string Home = "home";

    public sealed record Entry(string Slug, string English, string Spanish)
    {
        public string Name(string language) => language == PublicLanguage.Spanish ? Spanish : English;

        public string Path(string language) => PublicLanguage.PathFor(language, Slug == Home ? "/" : "/info/" + Slug);
    }

    public static readonly IReadOnlyList<Entry> All =
    [
        new(Home, "Home", "Inicio"),
        new("ketamine-infusion", "Ketamine infusion", "Infusión de ketamina"),
        new("candidates", "Who may be a candidate", "Quién puede ser candidato"),
        new("what-to-expect", "What a session is like", "Cómo es una sesión"),
        new("safety", "Safety and side effects", "Seguridad y efectos secundarios"),
        new("faq", "Questions", "Preguntas frecuentes"),
        new("visit", "Address and hours", "Dirección y horario"),
    ];

    public static bool IsKnown(string? slug) => All.Any(p => p.Slug == slug);

    public static string Disclaimer(string language) => language == PublicLanguage.Spanish
        ? "Aviso médico: la información de este sitio es solo informativa y no es consejo médico. No sustituye la consulta con su médico. Ante una emergencia, llame al número de emergencias."
        : "Medical disclaimer: the information on this site is for information only and is not medical advice. It does not replace a consultation with your own doctor. In an emergency, call your local emergency number.";

    public static string RequestLink(string language) => language == PublicLanguage.Spanish ? "Solicitar una cita" : "Request an appointment";

    public static string ContactLink(string language) => language == PublicLanguage.Spanish ? "Contacto" : "Contact us";

    public static string SwitchLabel(string language) => language == PublicLanguage.Spanish ? "English" : "Español";

    public static string SwitchLanguage(string language) => language == PublicLanguage.Spanish ? PublicLanguage.English : PublicLanguage.Spanish;
}

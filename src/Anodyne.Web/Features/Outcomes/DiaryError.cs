namespace Anodyne.Web.Features.Outcomes;

/// <summary>A field of the diary that is wrong, with its message in both languages of the portal.</summary>
public sealed record DiaryError(string Field, string English, string Spanish)
{
    public string In(string language) => language == PublicSite.PublicLanguage.Spanish ? Spanish : English;
}

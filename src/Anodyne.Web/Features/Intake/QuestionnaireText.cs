using Anodyne.Clinical.Scores;

namespace Anodyne.Web.Features.Intake;

/// <summary>The questionnaires' answers and results in the words printed on the forms.</summary>
public static class QuestionnaireText
{
    public static string Answer(Hit6Answer answer) => answer switch
    {
        Hit6Answer.Never => "Never",
        Hit6Answer.Rarely => "Rarely",
        Hit6Answer.Sometimes => "Sometimes",
        Hit6Answer.VeryOften => "Very often",
        Hit6Answer.Always => "Always",
        _ => answer.ToString(),
    };

    public static string Grade(MidasGrade grade) => grade switch
    {
        MidasGrade.LittleOrNoDisability => "little or no disability",
        MidasGrade.MildDisability => "mild disability",
        MidasGrade.ModerateDisability => "moderate disability",
        MidasGrade.SevereDisability => "severe disability",
        _ => grade.ToString(),
    };
}

using Hl7.Fhir.Model;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// The clinic's own Questionnaire resources for HIT-6 and MIDAS. No LOINC codes for either were found
/// (clinical/fhir.md §A1.6), so they carry canonical URLs of the clinic's. HIT-6 item wording is copyrighted
/// (QualityMetric/GSK): the items are named, not worded; the answer options and their points are the published ones.
/// </summary>
public static class QuestionnaireDefinitions
{
    public const string Hit6Id = "hit-6";
    public const string MidasId = "midas";
    public const string Version = "1";

    public static string Canonical(string id) => $"{FhirSystems.QuestionnaireBase}/{id}";

    public static string VersionedCanonical(string id) => $"{Canonical(id)}|{Version}";

    /// <summary>The HIT-6 answer options as codes of the clinic's answer system (clinical/outcomes.md §4.3).</summary>
    public static readonly IReadOnlyList<(string Code, string Display, int Points)> Hit6Options =
    [
        ("never", "Never", 6),
        ("rarely", "Rarely", 8),
        ("sometimes", "Sometimes", 10),
        ("very-often", "Very often", 11),
        ("always", "Always", 13),
    ];

    /// <summary>The MIDAS items: five scored day counts over 3 months, then A (headache days) and B (average pain).</summary>
    public static readonly IReadOnlyList<(string LinkId, string Text, int Max)> MidasItems =
    [
        ("q1", "Days of missed work or school because of headaches (last 3 months)", 92),
        ("q2", "Days work or school productivity was reduced by half or more", 92),
        ("q3", "Days household work was not done", 92),
        ("q4", "Days household productivity was reduced by half or more", 92),
        ("q5", "Days of missed family, social or leisure activities", 92),
        ("a", "Days with a headache (last 3 months)", 92),
        ("b", "Average headache pain, 0 to 10", 10),
    ];

    public static IReadOnlyList<Questionnaire> All() => [Hit6(), Midas()];

    public static Questionnaire? Find(string id) => All().FirstOrDefault(q => q.Id == id);

    public static Questionnaire Hit6()
    {
        var questionnaire = Definition(Hit6Id, "HIT6", "Headache Impact Test (HIT-6)");
        for (var item = 1; item <= 6; item++)
        {
            var question = new Questionnaire.ItemComponent
            {
                LinkId = $"item{item}",
                Text = $"HIT-6 item {item} (wording from the clinic's licensed copy)",
                Type = Questionnaire.QuestionnaireItemType.Choice,
                Required = true,
            };
            foreach (var (code, display, _) in Hit6Options)
            {
                question.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = new Coding(FhirSystems.Hit6Answer, code, display) });
            }

            questionnaire.Item.Add(question);
        }

        return questionnaire;
    }

    public static Questionnaire Midas()
    {
        var questionnaire = Definition(MidasId, "MIDAS", "Migraine Disability Assessment (MIDAS)");
        foreach (var (linkId, text, _) in MidasItems)
        {
            questionnaire.Item.Add(new Questionnaire.ItemComponent
            {
                LinkId = linkId,
                Text = text,
                Type = Questionnaire.QuestionnaireItemType.Integer,
                Required = true,
            });
        }

        return questionnaire;
    }

    private static Questionnaire Definition(string id, string name, string title) => new()
    {
        Id = id,
        Url = Canonical(id),
        Version = Version,
        Name = name,
        Title = title,
        Status = PublicationStatus.Active,
        SubjectType = [ResourceType.Patient],
    };
}

using System.Globalization;
using Anodyne.Web.Features.Intake;
using Hl7.Fhir.Model;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// A HIT-6 or MIDAS entry as a completed QuestionnaireResponse, and its total as a survey Observation derived from
/// it (clinical/fhir.md §A1.6: the server recomputes the score; the Observation carries a local code).
/// </summary>
public static class QuestionnaireResponseMapper
{
    public static QuestionnaireResponse ToFhir(Hit6Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var response = Response(entry.Id, entry.PatientId, QuestionnaireDefinitions.Hit6Id, entry.AnsweredOn, entry.RecordedAtUtc);
        var answers = entry.Response().Answers;
        for (var i = 0; i < answers.Count; i++)
        {
            var (code, display, _) = QuestionnaireDefinitions.Hit6Options[(int)answers[i] - 1];
            response.Item.Add(Item($"item{i + 1}", new Coding(FhirSystems.Hit6Answer, code, display)));
        }

        return response;
    }

    public static QuestionnaireResponse ToFhir(MidasEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var response = Response(entry.Id, entry.PatientId, QuestionnaireDefinitions.MidasId, entry.AnsweredOn, entry.RecordedAtUtc);
        int[] values =
        [
            entry.MissedWorkOrSchoolDays, entry.ReducedWorkOrSchoolProductivityDays, entry.MissedHouseholdWorkDays,
            entry.ReducedHouseholdProductivityDays, entry.MissedFamilySocialOrLeisureDays, entry.HeadacheDays, entry.AveragePain,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            response.Item.Add(Item(QuestionnaireDefinitions.MidasItems[i].LinkId, new Integer(values[i])));
        }

        return response;
    }

    public static Observation ScoreOf(Hit6Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var score = entry.Score();
        return Score(ScoreId(FhirSystems.Hit6TotalCode, entry.Id), entry.PatientId, entry.Id, entry.AnsweredOn, entry.RecordedAtUtc,
            FhirSystems.Hit6TotalCode, "HIT-6 total score", score.Total, $"{Hit6Calculation.ImpactWords(score.Impact)} impact");
    }

    public static Observation ScoreOf(MidasEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var score = entry.Score();
        return Score(ScoreId(FhirSystems.MidasTotalCode, entry.Id), entry.PatientId, entry.Id, entry.AnsweredOn, entry.RecordedAtUtc,
            FhirSystems.MidasTotalCode, "MIDAS total score", score.Total, $"grade {MidasCalculation.GradeNumeral(score.Grade)} ({QuestionnaireText.Grade(score.Grade)})");
    }

    /// <summary>Observation ids are the score's code and the entry's id, so each entry has exactly one score resource.</summary>
    public static string ScoreId(string code, Guid entryId) => $"{code}-{entryId:D}";

    private static QuestionnaireResponse Response(Guid id, Guid patientId, string questionnaire, DateOnly answeredOn, DateTime recordedAtUtc) => new()
    {
        Id = id.ToString("D"),
        Meta = new Meta { LastUpdated = new DateTimeOffset(recordedAtUtc, TimeSpan.Zero) },
        Questionnaire = QuestionnaireDefinitions.VersionedCanonical(questionnaire),
        Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        Subject = new ResourceReference($"Patient/{patientId:D}"),
        Authored = answeredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static QuestionnaireResponse.ItemComponent Item(string linkId, DataType value) => new()
    {
        LinkId = linkId,
        Answer = [new QuestionnaireResponse.AnswerComponent { Value = value }],
    };

    private static Observation Score(string id, Guid patientId, Guid entryId, DateOnly answeredOn, DateTime recordedAtUtc, string code, string display, int total, string interpretation) => new()
    {
        Id = id,
        Meta = new Meta { LastUpdated = new DateTimeOffset(recordedAtUtc, TimeSpan.Zero) },
        Status = ObservationStatus.Final,
        Category = [new CodeableConcept(FhirSystems.ObservationCategory, "survey", "Survey")],
        Code = new CodeableConcept(FhirSystems.Score, code, display) { Text = display },
        Subject = new ResourceReference($"Patient/{patientId:D}"),
        Effective = new FhirDateTime(answeredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Value = new Integer(total),
        Interpretation = [new CodeableConcept { Text = interpretation }],
        DerivedFrom = [new ResourceReference($"QuestionnaireResponse/{entryId:D}")],
    };
}

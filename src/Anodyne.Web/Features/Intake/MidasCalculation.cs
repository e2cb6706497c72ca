using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.Scores;

namespace Anodyne.Web.Features.Intake;

/// <summary>MIDAS as printed: questions 1 to 5 (days in the last 3 months), A (headache days) and B (average pain).</summary>
public static class MidasCalculation
{
    private const string DaysMessage = "{0} counts days in the last 3 months: 0 to 92.";

    public sealed class Request : IValidatableObject
    {
        /// <summary>Days of missed work or school.</summary>
        [Required(ErrorMessage = "q1 is required.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = DaysMessage)]
        public int? Q1 { get; init; }

        /// <summary>Days of work or school productivity reduced by half or more, not counting q1's days.</summary>
        [Required(ErrorMessage = "q2 is required.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = DaysMessage)]
        public int? Q2 { get; init; }

        /// <summary>Days without household work.</summary>
        [Required(ErrorMessage = "q3 is required.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = DaysMessage)]
        public int? Q3 { get; init; }

        /// <summary>Days of household productivity reduced by half or more, not counting q3's days.</summary>
        [Required(ErrorMessage = "q4 is required.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = DaysMessage)]
        public int? Q4 { get; init; }

        /// <summary>Days of missed family, social or leisure activities.</summary>
        [Required(ErrorMessage = "q5 is required.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = DaysMessage)]
        public int? Q5 { get; init; }

        /// <summary>Headache days in the last 3 months (not scored).</summary>
        [Required(ErrorMessage = "a is required.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = DaysMessage)]
        public int? A { get; init; }

        /// <summary>Average pain on those days, 0 to 10 (not scored).</summary>
        [Required(ErrorMessage = "b is required.")]
        [Range(0, MidasResponse.HighestAveragePain, ErrorMessage = "{0} is the average pain: 0 to 10.")]
        public int? B { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Q1 + Q2 > MidasResponse.MostDaysInThreeMonths)
            {
                yield return new ValidationResult("q1 and q2 count different days of the same 3 months, so together they cannot exceed 92.", [nameof(Q2)]);
            }

            if (Q3 + Q4 > MidasResponse.MostDaysInThreeMonths)
            {
                yield return new ValidationResult("q3 and q4 count different days of the same 3 months, so together they cannot exceed 92.", [nameof(Q4)]);
            }

            if (RuleGuards.Check(() => ToResponse(), FieldFor) is { } guard)
            {
                yield return guard;
            }
        }

        public MidasResponse ToResponse() => new(Q1 ?? 0, Q2 ?? 0, Q3 ?? 0, Q4 ?? 0, Q5 ?? 0, A ?? 0, B ?? 0);

        private static string FieldFor(string? parameter) => parameter switch
        {
            "missedWorkOrSchoolDays" => nameof(Q1),
            "reducedWorkOrSchoolProductivityDays" => nameof(Q2),
            "missedHouseholdWorkDays" => nameof(Q3),
            "reducedHouseholdProductivityDays" => nameof(Q4),
            "missedFamilySocialOrLeisureDays" => nameof(Q5),
            "headacheDays" => nameof(A),
            "averagePain" => nameof(B),
            _ => "",
        };
    }

    /// <summary>The sum of questions 1 to 5 and its grade, "I" to "IV".</summary>
    public sealed record Result(int Score, string Grade);

    public static Result Calculate(Request request)
    {
        var score = request.ToResponse().Score(MidasOptions.Default);
        return new Result(score.Total, GradeNumeral(score.Grade));
    }

    public static string GradeNumeral(MidasGrade grade) => grade switch
    {
        MidasGrade.LittleOrNoDisability => "I",
        MidasGrade.MildDisability => "II",
        MidasGrade.ModerateDisability => "III",
        MidasGrade.SevereDisability => "IV",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Not a MIDAS grade."),
    };
}

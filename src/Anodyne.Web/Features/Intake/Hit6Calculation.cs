using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.Scores;

namespace Anodyne.Web.Features.Intake;

/// <summary>HIT-6 in the words of the form: the six answers as printed, the total and the impact band.</summary>
public static class Hit6Calculation
{
    private static readonly Dictionary<string, Hit6Answer> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["never"] = Hit6Answer.Never,
        ["rarely"] = Hit6Answer.Rarely,
        ["sometimes"] = Hit6Answer.Sometimes,
        ["very often"] = Hit6Answer.VeryOften,
        ["always"] = Hit6Answer.Always,
    };

    public sealed class Request : IValidatableObject
    {
        /// <summary>Six answers, in item order, each one of "never", "rarely", "sometimes", "very often", "always".</summary>
        [Required(ErrorMessage = "answers is required: six of never, rarely, sometimes, very often, always.")]
        public IReadOnlyList<string?>? Answers { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Answers is null)
            {
                yield break;
            }

            if (Answers.Count != Hit6Response.NumberOfItems)
            {
                yield return new ValidationResult(
                    FormattableString.Invariant($"answers must hold exactly {Hit6Response.NumberOfItems} answers, one per item; {Answers.Count} were given."),
                    [nameof(Answers)]);
                yield break;
            }

            for (var item = 0; item < Answers.Count; item++)
            {
                if (Parse(Answers[item]) is null)
                {
                    yield return new ValidationResult(
                        FormattableString.Invariant($"answers[{item}] (item {item + 1}) must be one of never, rarely, sometimes, very often, always."),
                        [FormattableString.Invariant($"{nameof(Answers)}[{item}]")]);
                }
            }
        }

        public Hit6Response ToResponse() => new([.. Answers!.Select(a => Parse(a)!.Value)]);
    }

    /// <summary>The total (36 to 78) and its band: "little or none", "some", "substantial" or "severe".</summary>
    public sealed record Result(int Score, string Impact);

    public static Result Calculate(Request request)
    {
        var score = request.ToResponse().Score();
        return new Result(score.Total, ImpactWords(score.Impact));
    }

    public static string ImpactWords(Hit6Impact impact) => impact switch
    {
        Hit6Impact.LittleOrNoImpact => "little or none",
        Hit6Impact.SomeImpact => "some",
        Hit6Impact.SubstantialImpact => "substantial",
        Hit6Impact.SevereImpact => "severe",
        _ => throw new ArgumentOutOfRangeException(nameof(impact), impact, "Not a HIT-6 impact band."),
    };

    private static Hit6Answer? Parse(string? answer) =>
        answer is not null && Words.TryGetValue(answer.Trim(), out var parsed) ? parsed : null;
}

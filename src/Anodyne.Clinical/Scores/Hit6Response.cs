namespace Anodyne.Clinical.Scores;

/// <summary>
/// One patient's answers to the six HIT-6 items, in item order. An impossible response (not exactly six answers,
/// or an answer that is not one of the five options) is rejected when it is built.
/// </summary>
public sealed record Hit6Response
{
    // Six items (clinical/outcomes.md §4.3: NINDS CDE) [verified].
    public const int NumberOfItems = 6;

    private readonly Hit6Answer[] _answers;

    public Hit6Response(IReadOnlyList<Hit6Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != NumberOfItems)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"HIT-6 has {NumberOfItems} items; {answers.Count} answers were given."),
                nameof(answers));
        }

        for (var item = 0; item < answers.Count; item++)
        {
            if (!Enum.IsDefined(answers[item]))
            {
                throw new ArgumentException(
                    FormattableString.Invariant(
                        $"HIT-6 item {item + 1} has answer value {(int)answers[item]}, which is not one of the five options (never, rarely, sometimes, very often, always)."),
                    nameof(answers));
            }
        }

        _answers = [.. answers];
    }

    public IReadOnlyList<Hit6Answer> Answers => _answers;

    /// <summary>
    /// Points for one answer: never 6, rarely 8, sometimes 10, very often 11, always 13
    /// (clinical/outcomes.md §4.3: QualityMetric/GSK scoring template) [verified].
    /// </summary>
    public static int PointsFor(Hit6Answer answer) => answer switch
    {
        Hit6Answer.Never => 6,
        Hit6Answer.Rarely => 8,
        Hit6Answer.Sometimes => 10,
        Hit6Answer.VeryOften => 11,
        Hit6Answer.Always => 13,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not a HIT-6 answer option."),
    };

    /// <summary>The total is the sum of the six items' points (clinical/outcomes.md §4.3).</summary>
    public Hit6Score Score() => new(_answers.Sum(PointsFor));

    public bool Equals(Hit6Response? other) => other is not null && _answers.SequenceEqual(other._answers);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var answer in _answers)
        {
            hash.Add(answer);
        }

        return hash.ToHashCode();
    }
}

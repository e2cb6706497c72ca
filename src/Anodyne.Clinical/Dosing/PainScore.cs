namespace Anodyne.Clinical.Dosing;

/// <summary>A 0-10 numeric pain rating recorded at a time, as used to titrate an infusion.</summary>
public sealed record PainScore
{
    public const int Lowest = 0;
    public const int Highest = 10;

    public PainScore(DateTimeOffset recordedAt, int score)
    {
        if (score is < Lowest or > Highest)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A pain score is 0 to 10.");
        }

        RecordedAt = recordedAt;
        Score = score;
    }

    public DateTimeOffset RecordedAt { get; }

    public int Score { get; }
}

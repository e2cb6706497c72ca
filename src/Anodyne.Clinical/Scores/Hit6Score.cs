namespace Anodyne.Clinical.Scores;

/// <summary>A HIT-6 total and its impact band.</summary>
public sealed record Hit6Score
{
    // Total range 36-78 (clinical/outcomes.md §4.3: NINDS CDE) [verified]: six items scoring 6 to 13 each.
    public const int LowestTotal = 36;
    public const int HighestTotal = 78;

    public Hit6Score(int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(total, LowestTotal);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(total, HighestTotal);
        Total = total;
        Impact = BandFor(total);
    }

    public int Total { get; }

    public Hit6Impact Impact { get; }

    // Bands: <=49 little or none, 50-55 some, 56-59 substantial, 60-78 severe
    // (clinical/outcomes.md §4.3: physiotutors; Yang et al., Cephalalgia 2010) [verified].
    private static Hit6Impact BandFor(int total) => total switch
    {
        <= 49 => Hit6Impact.LittleOrNoImpact,
        <= 55 => Hit6Impact.SomeImpact,
        <= 59 => Hit6Impact.SubstantialImpact,
        _ => Hit6Impact.SevereImpact,
    };
}

namespace Anodyne.Clinical.Outcomes.Questionnaires;

/// <summary>
/// Change in HIT-6 total between two visits, read through the published impact bands (outcomes.md §4.3).
/// The notes give no minimal important difference for HIT-6, so none is applied here.
/// </summary>
public sealed record Hit6Change(int BaselineTotal, int FollowUpTotal)
{
    // total 36–78 (NINDS CDE, outcomes.md §4.3)
    private const int LowestTotal = 36;
    private const int HighestTotal = 78;

    public int BaselineTotal { get; } = CheckTotal(BaselineTotal, nameof(BaselineTotal));

    public int FollowUpTotal { get; } = CheckTotal(FollowUpTotal, nameof(FollowUpTotal));

    /// <summary>Follow-up minus baseline; negative is less impact.</summary>
    public int Change => FollowUpTotal - BaselineTotal;

    public Hit6ImpactBand BaselineBand => BandOf(BaselineTotal);

    public Hit6ImpactBand FollowUpBand => BandOf(FollowUpTotal);

    /// <summary>Bands moved: negative is towards less impact.</summary>
    public int BandsMoved => (int)FollowUpBand - (int)BaselineBand;

    public static Hit6ImpactBand BandOf(int total) => CheckTotal(total, nameof(total)) switch
    {
        <= 49 => Hit6ImpactBand.LittleOrNoImpact, // outcomes.md §4.3
        <= 55 => Hit6ImpactBand.SomeImpact, // 50–55, outcomes.md §4.3
        <= 59 => Hit6ImpactBand.SubstantialImpact, // 56–59, outcomes.md §4.3
        _ => Hit6ImpactBand.SevereImpact, // 60–78, outcomes.md §4.3
    };

    private static int CheckTotal(int total, string name) => total is >= LowestTotal and <= HighestTotal
        ? total
        : throw new ArgumentOutOfRangeException(name, total, "A HIT-6 total lies between 36 and 78.");
}

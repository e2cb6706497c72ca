namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>
/// Where every microgram of a lot went. Balances when
/// received + surplus = on hand + in custody + administered + wasted + destroyed + returned − loss, where a count
/// adjustment's net (surplus − loss) is <see cref="AdjustedMicrograms"/>.
/// </summary>
public sealed record LotReconciliation(
    Guid LotId,
    long ReceivedMicrograms,
    long OnHandMicrograms,
    long InCustodyMicrograms,
    long AdministeredMicrograms,
    long WastedMicrograms,
    long DestroyedMicrograms,
    long ReturnedToDistributorMicrograms,
    long AdjustedMicrograms)
{
    public bool Balances =>
        ReceivedMicrograms + AdjustedMicrograms
        == OnHandMicrograms + InCustodyMicrograms + AdministeredMicrograms + WastedMicrograms + DestroyedMicrograms + ReturnedToDistributorMicrograms;
}

/// <summary>What became of the drug drawn for one session: dispensed = administered + wasted + returned (+ still in custody).</summary>
public sealed record DispenseReconciliation(
    Guid DispenseId,
    Guid LotId,
    int DispensedVials,
    long DispensedMicrograms,
    long AdministeredMicrograms,
    long WastedMicrograms,
    long ReturnedMicrograms,
    long OutstandingMicrograms)
{
    public bool IsClosed => OutstandingMicrograms == 0;

    public bool Balances => DispensedMicrograms == AdministeredMicrograms + WastedMicrograms + ReturnedMicrograms + OutstandingMicrograms;

    /// <summary>What should be left to waste once the administered amount is known: drawn less given, never below zero.</summary>
    public static long ExpectedResidual(long outstandingMicrograms, long administeredMicrograms) =>
        Math.Max(0, outstandingMicrograms - administeredMicrograms);
}

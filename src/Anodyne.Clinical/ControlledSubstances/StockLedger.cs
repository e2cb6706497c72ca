namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>
/// The perpetual ledger of ketamine, lot by lot and location by location, in vials and micrograms
/// (clinical/controlled-substances.md: 21 CFR 1304.21, a complete, accurate and current record [verified]).
/// Balances are derived only from movements. A movement that would make any balance negative, or close more of a
/// dispense than was drawn, is refused and changes nothing.
/// </summary>
public sealed class StockLedger
{
    private readonly Dictionary<Guid, long> _vialMicrograms = [];
    private readonly Dictionary<(Guid Lot, Guid Location), int> _onHand = [];
    private readonly Dictionary<Guid, DispenseState> _dispenses = [];
    private readonly Dictionary<Guid, LotTotals> _lots = [];
    private readonly Dictionary<Guid, Movement> _movements = [];
    private readonly HashSet<Guid> _reversed = [];

    /// <summary>Makes a lot known to the ledger with the drug content of one of its vials.</summary>
    public void AddLot(Guid lotId, long vialMicrograms)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vialMicrograms);
        _vialMicrograms[lotId] = vialMicrograms;
        _lots.TryAdd(lotId, new LotTotals());
    }

    /// <summary>Records the movement if the ledger stays consistent; otherwise returns why not and changes nothing.</summary>
    public LedgerRefusal? Apply(Movement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        if (_movements.ContainsKey(movement.Id))
        {
            return LedgerRefusal.DuplicateMovement;
        }

        var refusal = Validate(movement);
        if (refusal is not null)
        {
            return refusal;
        }

        var effect = movement.Kind == MovementKind.Reversal
            ? EffectOf(_movements[movement.ReversesId!.Value]).Negated()
            : EffectOf(movement);
        refusal = Check(effect);
        if (refusal is not null)
        {
            return refusal;
        }

        Commit(effect);
        _movements[movement.Id] = movement;
        if (movement.Kind == MovementKind.Reversal)
        {
            _reversed.Add(movement.ReversesId!.Value);
        }

        return null;
    }

    public int OnHandVials(Guid lotId, Guid locationId) => _onHand.GetValueOrDefault((lotId, locationId));

    public IReadOnlyDictionary<(Guid Lot, Guid Location), int> OnHand => _onHand;

    public long VialMicrograms(Guid lotId) => _vialMicrograms.GetValueOrDefault(lotId);

    public bool IsReversed(Guid movementId) => _reversed.Contains(movementId);

    public DispenseReconciliation? Dispense(Guid dispenseId) =>
        _dispenses.TryGetValue(dispenseId, out var d)
            ? new DispenseReconciliation(dispenseId, d.LotId, d.DispensedVials, d.DispensedVials * _vialMicrograms[d.LotId], d.AdministeredMicrograms, d.WastedMicrograms, d.ReturnedVials * _vialMicrograms[d.LotId], d.OutstandingMicrograms)
            : null;

    public IEnumerable<DispenseReconciliation> Dispenses => _dispenses.Keys.Select(id => Dispense(id)!);

    /// <summary>
    /// Per lot: received + surplus found = on hand + in custody + administered + wasted + destroyed + returned to
    /// the distributor + loss found by counts, all in micrograms.
    /// </summary>
    public LotReconciliation Lot(Guid lotId)
    {
        var t = _lots[lotId];
        var vial = _vialMicrograms[lotId];
        var onHand = _onHand.Where(p => p.Key.Lot == lotId).Sum(p => (long)p.Value);
        var custody = _dispenses.Values.Where(d => d.LotId == lotId).Sum(d => d.OutstandingMicrograms);
        return new LotReconciliation(lotId, t.ReceivedVials * vial, onHand * vial, custody, t.AdministeredMicrograms, t.WastedMicrograms, t.DestroyedVials * vial, t.ReturnedToDistributorVials * vial, t.AdjustedVials * vial);
    }

    public IEnumerable<LotReconciliation> Lots => _lots.Keys.Select(Lot);

    private LedgerRefusal? Validate(Movement m)
    {
        if (!_vialMicrograms.ContainsKey(m.LotId))
        {
            return LedgerRefusal.UnknownLot;
        }

        switch (m.Kind)
        {
            case MovementKind.Receipt or MovementKind.Dispense or MovementKind.Destroyed or MovementKind.ReturnedToDistributor:
                return m.LocationId is null ? LedgerRefusal.MissingLocation
                    : m.Vials <= 0 ? LedgerRefusal.InvalidQuantity
                    : null;
            case MovementKind.Transfer:
                return m.LocationId is null || m.ToLocationId is null ? LedgerRefusal.MissingLocation
                    : m.LocationId == m.ToLocationId ? LedgerRefusal.SameLocation
                    : m.Vials <= 0 ? LedgerRefusal.InvalidQuantity
                    : null;
            case MovementKind.CountAdjustment:
                return m.LocationId is null ? LedgerRefusal.MissingLocation
                    : m.Vials == 0 ? LedgerRefusal.InvalidQuantity
                    : null;
            case MovementKind.Administered or MovementKind.Waste:
                return DispenseCheck(m) ?? (m.Micrograms <= 0 ? LedgerRefusal.InvalidQuantity : null);
            case MovementKind.ReturnToStock:
                return DispenseCheck(m) ?? (m.LocationId is null ? LedgerRefusal.MissingLocation
                    : m.Vials <= 0 ? LedgerRefusal.InvalidQuantity
                    : null);
            case MovementKind.Reversal:
                if (m.ReversesId is not { } target || !_movements.TryGetValue(target, out var original))
                {
                    return LedgerRefusal.UnknownMovement;
                }

                return original.Kind == MovementKind.Reversal ? LedgerRefusal.CannotReverseReversal
                    : _reversed.Contains(target) ? LedgerRefusal.AlreadyReversed
                    : original.LotId != m.LotId ? LedgerRefusal.UnknownMovement
                    : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(m), m.Kind, "Unknown kind of movement.");
        }
    }

    private LedgerRefusal? DispenseCheck(Movement m) =>
        m.DispenseId is not { } id || !_dispenses.TryGetValue(id, out var d) ? LedgerRefusal.UnknownDispense
        : d.LotId != m.LotId ? LedgerRefusal.WrongLotForDispense
        : null;

    private Effect EffectOf(Movement m)
    {
        var vial = _vialMicrograms[m.LotId];
        return m.Kind switch
        {
            MovementKind.Receipt => new Effect(m.LotId) { Stock = [(m.LocationId!.Value, m.Vials)], Received = m.Vials },
            MovementKind.Dispense => new Effect(m.LotId) { Stock = [(m.LocationId!.Value, -m.Vials)], DispenseId = m.Id, DispensedVials = m.Vials, Outstanding = m.Vials * vial },
            MovementKind.Administered => new Effect(m.LotId) { DispenseId = m.DispenseId, Outstanding = -m.Micrograms, Administered = m.Micrograms },
            MovementKind.Waste => new Effect(m.LotId) { DispenseId = m.DispenseId, Outstanding = -m.Micrograms, Wasted = m.Micrograms },
            MovementKind.ReturnToStock => new Effect(m.LotId) { Stock = [(m.LocationId!.Value, m.Vials)], DispenseId = m.DispenseId, Outstanding = -m.Vials * vial, ReturnedVials = m.Vials },
            MovementKind.Transfer => new Effect(m.LotId) { Stock = [(m.LocationId!.Value, -m.Vials), (m.ToLocationId!.Value, m.Vials)] },
            MovementKind.Destroyed => new Effect(m.LotId) { Stock = [(m.LocationId!.Value, -m.Vials)], Destroyed = m.Vials },
            MovementKind.ReturnedToDistributor => new Effect(m.LotId) { Stock = [(m.LocationId!.Value, -m.Vials)], ToDistributor = m.Vials },
            MovementKind.CountAdjustment => new Effect(m.LotId) { Stock = [(m.LocationId!.Value, m.Vials)], Adjusted = m.Vials },
            _ => throw new ArgumentOutOfRangeException(nameof(m), m.Kind, "A reversal has no effect of its own."),
        };
    }

    private LedgerRefusal? Check(Effect e)
    {
        foreach (var (location, delta) in e.Stock)
        {
            if (_onHand.GetValueOrDefault((e.LotId, location)) + (long)delta < 0)
            {
                return LedgerRefusal.InsufficientStock;
            }
        }

        if (e.DispenseId is { } id)
        {
            var d = _dispenses.GetValueOrDefault(id) ?? new DispenseState(e.LotId);
            if (d.OutstandingMicrograms + e.Outstanding < 0 || d.ReturnedVials + e.ReturnedVials > d.DispensedVials + e.DispensedVials
                || d.AdministeredMicrograms + e.Administered < 0 || d.WastedMicrograms + e.Wasted < 0 || d.ReturnedVials + e.ReturnedVials < 0)
            {
                return LedgerRefusal.ExceedsDispense;
            }
        }

        var t = _lots[e.LotId];
        return t.ReceivedVials + e.Received < 0 ? LedgerRefusal.InsufficientStock : null;
    }

    private void Commit(Effect e)
    {
        foreach (var (location, delta) in e.Stock)
        {
            _onHand[(e.LotId, location)] = checked(_onHand.GetValueOrDefault((e.LotId, location)) + delta);
        }

        if (e.DispenseId is { } id)
        {
            if (!_dispenses.TryGetValue(id, out var d))
            {
                d = new DispenseState(e.LotId);
                _dispenses[id] = d;
            }

            d.DispensedVials += e.DispensedVials;
            d.OutstandingMicrograms = checked(d.OutstandingMicrograms + e.Outstanding);
            d.AdministeredMicrograms += e.Administered;
            d.WastedMicrograms += e.Wasted;
            d.ReturnedVials += e.ReturnedVials;
        }

        var t = _lots[e.LotId];
        t.ReceivedVials += e.Received;
        t.AdministeredMicrograms += e.Administered;
        t.WastedMicrograms += e.Wasted;
        t.DestroyedVials += e.Destroyed;
        t.ReturnedToDistributorVials += e.ToDistributor;
        t.AdjustedVials += e.Adjusted;
    }

    private sealed class DispenseState(Guid lotId)
    {
        public Guid LotId { get; } = lotId;

        public int DispensedVials { get; set; }

        public long OutstandingMicrograms { get; set; }

        public long AdministeredMicrograms { get; set; }

        public long WastedMicrograms { get; set; }

        public int ReturnedVials { get; set; }
    }

    private sealed class LotTotals
    {
        public long ReceivedVials { get; set; }

        public long AdministeredMicrograms { get; set; }

        public long WastedMicrograms { get; set; }

        public long DestroyedVials { get; set; }

        public long ReturnedToDistributorVials { get; set; }

        public long AdjustedVials { get; set; }
    }

    private sealed record Effect(Guid LotId)
    {
        public IReadOnlyList<(Guid Location, int Delta)> Stock { get; init; } = [];

        public Guid? DispenseId { get; init; }

        public int DispensedVials { get; init; }

        public long Outstanding { get; init; }

        public long Administered { get; init; }

        public long Wasted { get; init; }

        public int ReturnedVials { get; init; }

        public int Received { get; init; }

        public int Destroyed { get; init; }

        public int ToDistributor { get; init; }

        public int Adjusted { get; init; }

        public Effect Negated() => this with
        {
            Stock = [.. Stock.Select(s => (s.Location, -s.Delta))],
            DispensedVials = -DispensedVials,
            Outstanding = -Outstanding,
            Administered = -Administered,
            Wasted = -Wasted,
            ReturnedVials = -ReturnedVials,
            Received = -Received,
            Destroyed = -Destroyed,
            ToDistributor = -ToDistributor,
            Adjusted = -Adjusted,
        };
    }
}

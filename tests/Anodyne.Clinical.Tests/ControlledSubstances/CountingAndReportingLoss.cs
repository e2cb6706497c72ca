using Anodyne.Clinical.ControlledSubstances;

namespace Anodyne.Clinical.Tests.ControlledSubstances;

public sealed class CountingAndReportingLoss
{
    private static readonly Guid LotA = Guid.Parse("00000000-0000-0000-0000-00000000a001");
    private static readonly Guid LotB = Guid.Parse("00000000-0000-0000-0000-00000000a002");

    [Fact]
    public void A_blind_count_reports_only_the_lots_that_differ()
    {
        var expected = new Dictionary<Guid, int> { [LotA] = 6, [LotB] = 2 };

        var differences = BlindCount.Compare([new CountedLot(LotA, 5), new CountedLot(LotB, 2)], expected);

        var only = Assert.Single(differences);
        Assert.Equal(LotA, only.LotId);
        Assert.Equal(-1, only.DifferenceVials);
    }

    [Fact]
    public void A_lot_left_out_of_a_count_counts_as_none_found_and_an_unexpected_lot_as_surplus()
    {
        var differences = BlindCount.Compare([new CountedLot(LotB, 1)], new Dictionary<Guid, int> { [LotA] = 3 });

        Assert.Contains(differences, d => d.LotId == LotA && d.DifferenceVials == -3);
        Assert.Contains(differences, d => d.LotId == LotB && d.DifferenceVials == 1);
    }

    [Fact]
    public void By_default_any_unexplained_loss_is_significant_and_theft_always_is()
    {
        var defaults = new AccountabilityOptions();

        Assert.True(TheftOrLoss.IsReportable(false, 1, defaults));
        Assert.False(TheftOrLoss.IsReportable(false, 0, defaults));
        Assert.True(TheftOrLoss.IsReportable(true, 0, defaults));
        Assert.False(TheftOrLoss.IsReportable(false, 100_000, defaults with { SignificantLossMicrograms = 200_000 }));
    }

    [Theory]
    // 21 CFR 1301.76(b): notify DEA within one business day of discovery.
    [InlineData("2026-03-02", "2026-03-03")] // Monday -> Tuesday
    [InlineData("2026-03-06", "2026-03-09")] // Friday -> Monday
    [InlineData("2026-03-07", "2026-03-09")] // Saturday -> Monday
    public void DEA_is_notified_by_the_next_business_day(string discovered, string notifyBy)
    {
        Assert.Equal(DateOnly.Parse(notifyBy, System.Globalization.CultureInfo.InvariantCulture), TheftOrLoss.NotifyBy(DateOnly.Parse(discovered, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Drug_left_in_a_session_becomes_overdue_after_the_witness_window()
    {
        var ends = new DateTime(2026, 3, 2, 16, 0, 0, DateTimeKind.Utc);
        var options = new AccountabilityOptions { WasteWitnessMinutes = 30 };

        Assert.False(AccountabilityDeadlines.IsWasteOverdue(ends, 60_000, ends.AddMinutes(30), options));
        Assert.True(AccountabilityDeadlines.IsWasteOverdue(ends, 60_000, ends.AddMinutes(31), options));
        Assert.False(AccountabilityDeadlines.IsWasteOverdue(ends, 0, ends.AddHours(5), options));
    }

    [Fact]
    public void An_open_discrepancy_is_escalated_after_the_set_hours()
    {
        var found = new DateTime(2026, 3, 2, 14, 0, 0, DateTimeKind.Utc);
        var options = new AccountabilityOptions { EscalateAfterHours = 4 };

        Assert.False(AccountabilityDeadlines.IsEscalationDue(found, found.AddHours(3.9), options));
        Assert.True(AccountabilityDeadlines.IsEscalationDue(found, found.AddHours(4), options));
    }
}

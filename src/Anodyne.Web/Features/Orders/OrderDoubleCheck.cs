using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Orders;

/// <summary>
/// A second clinician's independent double-check of one order version: the weight and vial concentration they
/// re-entered without seeing the order's, and whether both matched. A mismatch is kept too, and blocks.
/// </summary>
public sealed class OrderDoubleCheck : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public Guid OrderId { get; private set; }

    public decimal WeightKgEntered { get; private set; }

    public decimal VialMgPerMlEntered { get; private set; }

    public bool Matched { get; private set; }

    /// <summary>What did not match, in words; null when both matched.</summary>
    public string? Mismatch { get; private set; }

    public string CheckedByUserId { get; private set; } = "";

    public string CheckedByName { get; private set; } = "";

    public DateTime CheckedAtUtc { get; private set; }

    Guid? IClinicalRecord.PatientId => PatientId;

    public static OrderDoubleCheck Compare(TreatmentOrder order, decimal weightKg, decimal vialMgPerMl, string userId, string userName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(order);
        var problems = new List<string>();
        if (weightKg != order.WeightKg)
        {
            problems.Add("the weight entered does not match the order's");
        }

        if (vialMgPerMl != order.VialMgPerMl)
        {
            problems.Add("the vial concentration entered does not match the order's");
        }

        return new OrderDoubleCheck
        {
            PatientId = order.PatientId,
            OrderId = order.Id,
            WeightKgEntered = weightKg,
            VialMgPerMlEntered = vialMgPerMl,
            Matched = problems.Count == 0,
            Mismatch = problems.Count == 0 ? null : string.Join("; ", problems),
            CheckedByUserId = userId,
            CheckedByName = userName,
            CheckedAtUtc = nowUtc,
        };
    }
}

using Anodyne.Clinical.Units;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Patients;

/// <summary>A weight and height measured on one day. Kept as dated entries: a new measurement never changes an old one.</summary>
public sealed class BodyMeasurement : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public DateOnly MeasuredOn { get; private set; }

    public decimal WeightKg { get; private set; }

    public decimal HeightCm { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    Guid? IClinicalRecord.PatientId => PatientId;

    public static BodyMeasurement Record(Guid patientId, DateOnly measuredOn, BodyWeight weight, decimal heightCm, DateTime nowUtc, string userId)
    {
        ArgumentNullException.ThrowIfNull(weight);
        _ = Anodyne.Clinical.Scores.BodyMassIndex.Calculate(weight, heightCm); // refuses an impossible height
        return new BodyMeasurement
        {
            PatientId = patientId,
            MeasuredOn = measuredOn,
            WeightKg = weight.Kilograms,
            HeightCm = heightCm,
            RecordedAtUtc = nowUtc,
            RecordedByUserId = userId,
        };
    }

    public BodyWeight Weight => new(WeightKg);

    public decimal BodyMassIndex => Anodyne.Clinical.Scores.BodyMassIndex.Calculate(Weight, HeightCm);
}

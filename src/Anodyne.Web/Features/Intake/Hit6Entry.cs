using Anodyne.Clinical.Scores;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Intake;

/// <summary>
/// A HIT-6 as the patient answered it on one day. The answers are stored; the score and band are worked out by
/// the clinical library whenever the entry is shown.
/// </summary>
public sealed class Hit6Entry : IClinicalRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    /// <summary>The day the questionnaire was answered (its recall period is the 4 weeks before).</summary>
    public DateOnly AnsweredOn { get; private set; }

    public Hit6Answer Item1 { get; private set; }

    public Hit6Answer Item2 { get; private set; }

    public Hit6Answer Item3 { get; private set; }

    public Hit6Answer Item4 { get; private set; }

    public Hit6Answer Item5 { get; private set; }

    public Hit6Answer Item6 { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    Guid? IClinicalRecord.PatientId => PatientId;

    public static Hit6Entry Record(Guid patientId, DateOnly answeredOn, Hit6Response response, DateTime nowUtc, string userId)
    {
        ArgumentNullException.ThrowIfNull(response);
        var a = response.Answers;
        return new Hit6Entry
        {
            PatientId = patientId,
            AnsweredOn = answeredOn,
            Item1 = a[0],
            Item2 = a[1],
            Item3 = a[2],
            Item4 = a[3],
            Item5 = a[4],
            Item6 = a[5],
            RecordedAtUtc = nowUtc,
            RecordedByUserId = userId,
        };
    }

    public Hit6Response Response() => new([Item1, Item2, Item3, Item4, Item5, Item6]);

    public Hit6Score Score() => Response().Score();
}

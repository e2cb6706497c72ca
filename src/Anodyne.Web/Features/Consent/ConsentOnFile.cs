using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Consent;

/// <summary>Whether a patient has a witnessed consent on the current text, for the chart and for later areas.</summary>
public static class ConsentOnFile
{
    public enum State
    {
        None,
        Current,
        /// <summary>Signed and witnessed, but on an older version of the text.</summary>
        EarlierVersion,
        /// <summary>Signed in the portal; a member of staff has not yet witnessed a signature in the clinic.</summary>
        AwaitingWitness,
        Withdrawn,
    }

    public sealed record Status(State State, ConsentSignature? Latest, int? CurrentVersion);

    public static async Task<Status> StatusAsync(ClinicDbContext db, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await db.ConsentTexts.AsNoTracking().MaxAsync(t => (int?)t.Version, cancellationToken);
        var signatures = await db.ConsentSignatures.AsNoTracking().Where(s => s.PatientId == patientId)
            .OrderByDescending(s => s.SignedAtUtc).ToListAsync(cancellationToken);
        var latest = signatures.FirstOrDefault();
        var latestFinal = signatures.FirstOrDefault(s => s.IsWitnessed);
        if (latest is null)
        {
            return new(State.None, null, current);
        }

        if (latest.Action == ConsentAction.Withdrawn)
        {
            return new(State.Withdrawn, latest, current);
        }

        if (!latest.IsWitnessed)
        {
            return new(latestFinal is { Action: ConsentAction.Consented } && latestFinal.TextVersion == current ? State.Current : State.AwaitingWitness, latest, current);
        }

        return new(latest.TextVersion == current ? State.Current : State.EarlierVersion, latest, current);
    }

    /// <summary>True when the patient's latest witnessed consent is on the current text and not withdrawn since.</summary>
    public static async Task<bool> HasCurrentAsync(ClinicDbContext db, Guid patientId, CancellationToken cancellationToken = default) =>
        (await StatusAsync(db, patientId, cancellationToken)).State == State.Current;

    public static string Describe(State state) => state switch
    {
        State.Current => "Consent on file",
        State.EarlierVersion => "Consent on an earlier version of the text: sign the current one",
        State.AwaitingWitness => "Signed in the portal, awaiting witness: sign on a clinic device with a witness",
        State.Withdrawn => "Consent withdrawn",
        _ => "No consent on file",
    };
}

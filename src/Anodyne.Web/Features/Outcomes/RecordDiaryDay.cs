using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Clinical.Outcomes.Schedule;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// Saves one diary day, from the portal, the staff page or the API. One entry per patient-day: a second entry for
/// the same day is a correction and needs a reason; the old answers are kept. A post retried with the same
/// Idempotency-Key returns the entry it made the first time.
/// </summary>
public static class RecordDiaryDay
{
    public sealed record Command(Guid PatientId, DiaryInput Input, bool ByStaff, string UserId, string? IdempotencyKey);

    public enum Outcome
    {
        Created,
        Amended,
        Replayed,
        Invalid,
    }

    public sealed record Result(Outcome Outcome, DiaryEntry? Entry, IReadOnlyList<DiaryError> Errors);

    private const int LongestReason = 500;
    private const int LongestKey = 100;
    private const int LongestAuraMinutes = 24 * 60;

    public sealed class Handler(ClinicDbContext db, ClinicClock clock, OutcomeSettings settings)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (command.IdempotencyKey is { } key)
            {
                if (key.Length is 0 or > LongestKey)
                {
                    return Invalid(new DiaryError("idempotencyKey", "The Idempotency-Key header holds 1 to 100 characters.", "La cabecera Idempotency-Key lleva de 1 a 100 caracteres."));
                }

                var earlier = await db.DiaryEntries.FirstOrDefaultAsync(e => e.PatientId == command.PatientId && e.IdempotencyKey == key, cancellationToken);
                if (earlier is not null)
                {
                    return new Result(Outcome.Replayed, earlier, []);
                }
            }

            var (answers, errors) = Check(command.Input, clock.Today, settings, command.ByStaff);
            if (answers is null)
            {
                return new Result(Outcome.Invalid, null, errors);
            }

            var existing = await db.DiaryEntries.FirstOrDefaultAsync(e => e.PatientId == command.PatientId && e.DayNumber == answers.Day.DayNumber, cancellationToken);
            if (existing is not null)
            {
                var reason = command.Input.CorrectionReason?.Trim();
                if (string.IsNullOrEmpty(reason))
                {
                    return Invalid(new DiaryError(nameof(DiaryInput.CorrectionReason),
                        "This day already has an entry. To correct it, say why.",
                        "Este día ya tiene una entrada. Para corregirla, diga por qué."));
                }

                db.DiaryAmendments.Add(DiaryAmendment.Of(existing, reason, command.ByStaff, command.UserId, clock.UtcNow));
                existing.Amend(answers, settings, clock.UtcNow);
                await db.SaveChangesAsync(cancellationToken);
                return new Result(Outcome.Amended, existing, []);
            }

            var entry = DiaryEntry.Record(command.PatientId, answers, settings, command.ByStaff, command.UserId, clock.UtcNow, command.IdempotencyKey);
            db.DiaryEntries.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // a concurrent post of the same day or key won the unique index
                db.Entry(entry).State = EntityState.Detached;
                var winner = command.IdempotencyKey is { } k
                    ? await db.DiaryEntries.AsNoTracking().FirstOrDefaultAsync(e => e.PatientId == command.PatientId && e.IdempotencyKey == k, cancellationToken)
                    : null;
                return winner is not null
                    ? new Result(Outcome.Replayed, winner, [])
                    : Invalid(new DiaryError(nameof(DiaryInput.Day), "This day was just entered. Open it to correct it.", "Este día se acaba de anotar. Ábralo para corregirlo."));
            }

            return new Result(Outcome.Created, entry, []);
        }

        private static Result Invalid(DiaryError error) => new(Outcome.Invalid, null, [error]);
    }

    /// <summary>Checks every field and gives the answers, or the messages of all wrong fields.</summary>
    public static (DiaryAnswers? Answers, IReadOnlyList<DiaryError> Errors) Check(DiaryInput input, DateOnly today, OutcomeSettings settings, bool byStaff)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<DiaryError>();
        void Error(string field, string en, string es) => errors.Add(new DiaryError(field, en, es));

        if (input.Day is not { } day)
        {
            Error(nameof(DiaryInput.Day), "Choose the day.", "Elija el día.");
        }
        else if (day > today)
        {
            Error(nameof(DiaryInput.Day), "The day cannot be in the future.", "El día no puede ser futuro.");
        }
        else if (!byStaff && !DiaryReminder.MayEnter(day, today, settings))
        {
            Error(nameof(DiaryInput.Day),
                $"You can fill in days up to {settings.DiaryBackfillDays} days back. Tell the clinic about older days.",
                $"Puede anotar días de hasta hace {settings.DiaryBackfillDays} días. Informe a la clínica de los días anteriores.");
        }

        if (input.HadHeadache is not { } headache)
        {
            Error(nameof(DiaryInput.HadHeadache), "Say whether you had a headache.", "Diga si tuvo dolor de cabeza.");
        }
        else if (headache)
        {
            if (input.DurationHours is not { } hours)
            {
                Error(nameof(DiaryInput.DurationHours), "Say how many hours the headache lasted.", "Diga cuántas horas duró el dolor.");
            }
            else if (hours * 60m < 1m || hours > 24m)
            {
                Error(nameof(DiaryInput.DurationHours), "Give the hours that day, at least 1 minute and at most 24 hours.", "Indique las horas de ese día, al menos 1 minuto y como mucho 24 horas.");
            }

            if (input.PeakSeverity is not { } severity || !Enum.IsDefined(severity))
            {
                Error(nameof(DiaryInput.PeakSeverity), "Choose how bad the headache was at its worst.", "Elija cuánto dolió en el peor momento.");
            }
        }

        if (input.AuraMinutes is { } aura && aura is < 1 or > LongestAuraMinutes)
        {
            Error(nameof(DiaryInput.AuraMinutes), "Give the aura's minutes, from 1 to 1440, or leave it empty.", "Indique los minutos del aura, de 1 a 1440, o déjelo vacío.");
        }

        var features = Combine(input.Features, MigraineFeatures.None, (a, b) => a | b);
        var medicines = Combine(input.Medicines, AcuteMedicationClasses.None, (a, b) => a | b);
        var missed = Combine(input.Missed, MissedActivities.None, (a, b) => a | b);
        if (features is null)
        {
            Error(nameof(DiaryInput.Features), "Choose symptoms from the list.", "Elija síntomas de la lista.");
        }

        if (medicines is null)
        {
            Error(nameof(DiaryInput.Medicines), "Choose medicines from the list.", "Elija medicamentos de la lista.");
        }

        if (missed is null)
        {
            Error(nameof(DiaryInput.Missed), "Choose from the list what you missed.", "Elija de la lista lo que no pudo hacer.");
        }

        if (input.CorrectionReason is { Length: > LongestReason })
        {
            Error(nameof(DiaryInput.CorrectionReason), "Keep the reason under 500 characters.", "El motivo debe tener menos de 500 caracteres.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var had = input.HadHeadache!.Value;
        return (new DiaryAnswers(
            input.Day!.Value,
            had,
            had ? input.StartedAt : null,
            had ? (int)Math.Round(input.DurationHours!.Value * 60m, MidpointRounding.AwayFromZero) : null,
            had ? input.PeakSeverity : null,
            had ? features!.Value : MigraineFeatures.None,
            had && input.FeltLikeMigraine,
            input.AuraMinutes,
            medicines!.Value,
            input.MedicineHelped,
            missed!.Value), errors);
    }

    private static T? Combine<T>(List<T>? values, T none, Func<T, T, T> or) where T : struct, Enum
    {
        var result = none;
        foreach (var v in values ?? [])
        {
            if (!Enum.IsDefined(v) || v.Equals(none))
            {
                return null;
            }

            result = or(result, v);
        }

        return result;
    }
}

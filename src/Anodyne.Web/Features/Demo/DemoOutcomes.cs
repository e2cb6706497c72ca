using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Scores;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Outcomes;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Time;

namespace Anodyne.Web.Features.Demo;

/// <summary>
/// Past infusion series, daily diaries, repeat HIT-6 and research consent for the first demo patients: responders,
/// a relapse, a non-responder, a late responder and an untreated patient in baseline. The diaries stop four days
/// before today, so the portal shows days still to fill in.
/// </summary>
public static class DemoOutcomes
{
    private const int Patients = 10;
    private const int FirstDiaryDay = -230;
    private const int LastDiaryDay = -4;

    /// <summary>The infusion days of a demo patient with this course, relative to today (a weekly series of four).</summary>
    private static int[] InfusionDays(SyntheticDiary.Course course, int index) => course switch
    {
        SyntheticDiary.Course.Untreated => [],
        SyntheticDiary.Course.Relapse => [-190 + index, -183 + index, -176 + index, -169 + index, -60, -53],
        _ => [-190 + index, -183 + index, -176 + index, -169 + index],
    };

    public static void AddTo(ClinicDbContext db, IReadOnlyList<Patient> patients, ClinicClock clock, OutcomeSettings settings, string nurseId)
    {
        var today = clock.Today;
        for (var i = 0; i < Math.Min(Patients, patients.Count); i++)
        {
            var patient = patients[i];
            var course = (SyntheticDiary.Course)(i % 5);
            var infusions = InfusionDays(course, i).Select(d => today.AddDays(d)).ToList();
            foreach (var day in infusions)
            {
                db.Appointments.Add(new Appointment
                {
                    PatientId = patient.Id,
                    Kind = AppointmentKind.Infusion,
                    StartsAtUtc = clock.ToUtc(day, new TimeOnly(9, 0)),
                    DurationMinutes = 120,
                    Location = "Chair 2",
                    StaffUserId = nurseId,
                    Status = AppointmentStatus.Completed,
                });
            }

            // one patient leaves gaps, so periods too incomplete to count appear on the chart
            var gaps = i == 7 ? 0.06 : 0;
            foreach (var answers in SyntheticDiary.Days(1000 + i, course, today.AddDays(FirstDiaryDay), today.AddDays(LastDiaryDay), infusions, gaps))
            {
                db.DiaryEntries.Add(DiaryEntry.Record(patient.Id, answers, settings, byStaff: false, "", clock.UtcNow, null));
            }

            for (var d = FirstDiaryDay + 28; d <= LastDiaryDay; d += 28)
            {
                var share = SyntheticDiary.Share(course, today.AddDays(d).DayNumber, infusions);
                Hit6Answer answer = share >= 0.85 ? Hit6Answer.VeryOften : share >= 0.5 ? Hit6Answer.Sometimes : Hit6Answer.Rarely;
                db.Hit6Entries.Add(Hit6Entry.Record(patient.Id, today.AddDays(d), new Hit6Response([answer, answer, answer, answer, answer, answer]), clock.UtcNow, nurseId));
            }

            db.ResearchConsents.Add(ResearchConsent.Record(patient.Id, consents: i % 3 != 2, today.AddDays(FirstDiaryDay), nurseId, clock.UtcNow));
        }
    }
}

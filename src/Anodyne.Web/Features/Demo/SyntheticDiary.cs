using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Web.Features.Outcomes;

namespace Anodyne.Web.Features.Demo;

/// <summary>
/// Invented, deterministic diaries for demonstration and load: a baseline of frequent migraine, then a course that
/// depends on the patient's <see cref="Course"/>. The same seed always gives the same days.
/// </summary>
public static class SyntheticDiary
{
    public enum Course
    {
        Responder,
        Relapse,
        NonResponder,
        LateResponder,
        Untreated,
    }

    /// <summary>Chance of a migraine day on a given day, as a share of the patient's baseline chance.</summary>
    public static double Share(Course course, int dayNumber, IReadOnlyList<DateOnly> infusions)
    {
        ArgumentNullException.ThrowIfNull(infusions);
        var before = infusions.Count(i => i.DayNumber < dayNumber);
        if (before == 0 || course is Course.Untreated)
        {
            return 1d;
        }

        var sinceLast = dayNumber - infusions.Where(i => i.DayNumber < dayNumber).Max().DayNumber;
        return course switch
        {
            Course.Responder => 0.3,
            Course.Relapse => sinceLast <= 50 ? 0.3 : 0.95,
            Course.NonResponder => 0.9,
            _ => before >= 3 ? 0.35 : 0.85,
        };
    }

    /// <summary>Days from <paramref name="first"/> to <paramref name="last"/>; <paramref name="gapShare"/> of days left out.</summary>
    public static IEnumerable<DiaryAnswers> Days(int seed, Course course, DateOnly first, DateOnly last, IReadOnlyList<DateOnly> infusions, double gapShare = 0)
    {
        // System.Random with a seed is deterministic (and needs to be; this is not a security use)
#pragma warning disable CA5394
        var random = new Random(seed);
        var baseline = 0.45 + (random.NextDouble() * 0.25);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var roll = random.NextDouble();
            var kind = random.NextDouble();
            var hours = 4 + random.Next(0, 9);
            var triptan = random.NextDouble() < 0.6;
            var missed = random.NextDouble() < 0.3;
            if (roll < gapShare)
            {
                continue;
            }

            var chance = baseline * Share(course, day.DayNumber, infusions);
            if (kind < chance)
            {
                yield return new DiaryAnswers(day, true, new TimeOnly(7 + (hours % 10), 0), hours * 60, hours > 8 ? HeadacheSeverity.Severe : HeadacheSeverity.Moderate,
                    MigraineFeatures.Unilateral | MigraineFeatures.Pulsating | MigraineFeatures.NauseaOrVomiting | MigraineFeatures.Photophobia,
                    true, null, triptan ? AcuteMedicationClasses.Triptan : AcuteMedicationClasses.NonOpioidAnalgesic, triptan, missed ? MissedActivities.Work : MissedActivities.None);
            }
            else if (kind < chance + 0.12)
            {
                yield return new DiaryAnswers(day, true, null, 120, HeadacheSeverity.Mild, MigraineFeatures.None, false, null, AcuteMedicationClasses.None, false, MissedActivities.None);
            }
            else
            {
                yield return new DiaryAnswers(day, false, null, null, null, MigraineFeatures.None, false, null, AcuteMedicationClasses.None, false, MissedActivities.None);
            }
        }
#pragma warning restore CA5394
    }
}

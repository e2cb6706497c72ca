using System.Runtime.CompilerServices;
using static System.FormattableString;

namespace Anodyne.Clinical.Scores;

/// <summary>
/// One patient's MIDAS answers: five scored questions, each a count of days in the last 3 months, and the two
/// unscored questions A (headache days in the last 3 months) and B (average pain 0-10)
/// (clinical/outcomes.md §4.4: Stewart et al., Neurology 2001; Wikipedia) [verified].
/// Counts that cannot happen in 3 months are rejected when the response is built.
/// </summary>
public sealed record MidasResponse
{
    /// <summary>
    /// The most days any 3 consecutive calendar months can hold (31 + 31 + 30, e.g. July to September) [derived].
    /// </summary>
    public const int MostDaysInThreeMonths = 92;

    // Question B is a 0-10 pain rating (clinical/outcomes.md §4.4) [verified].
    public const int HighestAveragePain = 10;

    public MidasResponse(
        int missedWorkOrSchoolDays,
        int reducedWorkOrSchoolProductivityDays,
        int missedHouseholdWorkDays,
        int reducedHouseholdProductivityDays,
        int missedFamilySocialOrLeisureDays,
        int headacheDays,
        int averagePain)
    {
        MissedWorkOrSchoolDays = DayCount(missedWorkOrSchoolDays, "Question 1 (missed work or school)");
        ReducedWorkOrSchoolProductivityDays = DayCount(reducedWorkOrSchoolProductivityDays, "Question 2 (work or school productivity reduced by half or more)");
        MissedHouseholdWorkDays = DayCount(missedHouseholdWorkDays, "Question 3 (no household work)");
        ReducedHouseholdProductivityDays = DayCount(reducedHouseholdProductivityDays, "Question 4 (household productivity reduced by half or more)");
        MissedFamilySocialOrLeisureDays = DayCount(missedFamilySocialOrLeisureDays, "Question 5 (missed family, social or leisure activities)");
        HeadacheDays = DayCount(headacheDays, "Question A (headache days)");

        // Question 2 does not count question 1's days, and question 4 does not count question 3's days
        // (clinical/outcomes.md §4.4), so each pair shares the same 3 months.
        DisjointDays(missedWorkOrSchoolDays, reducedWorkOrSchoolProductivityDays, "Questions 1 and 2");
        DisjointDays(missedHouseholdWorkDays, reducedHouseholdProductivityDays, "Questions 3 and 4");

        if (averagePain is < 0 or > HighestAveragePain)
        {
            throw new ArgumentOutOfRangeException(
                nameof(averagePain), averagePain, Invariant($"Question B (average pain) is rated 0 to {HighestAveragePain}."));
        }

        AveragePain = averagePain;
    }

    public int MissedWorkOrSchoolDays { get; }

    public int ReducedWorkOrSchoolProductivityDays { get; }

    public int MissedHouseholdWorkDays { get; }

    public int ReducedHouseholdProductivityDays { get; }

    public int MissedFamilySocialOrLeisureDays { get; }

    /// <summary>Question A, unscored.</summary>
    public int HeadacheDays { get; }

    /// <summary>Question B, unscored.</summary>
    public int AveragePain { get; }

    /// <summary>Score = sum of questions 1 to 5; A and B are not scored (clinical/outcomes.md §4.4) [verified].</summary>
    public MidasScore Score(MidasOptions options) => new(
        MissedWorkOrSchoolDays
        + ReducedWorkOrSchoolProductivityDays
        + MissedHouseholdWorkDays
        + ReducedHouseholdProductivityDays
        + MissedFamilySocialOrLeisureDays,
        options);

    private static int DayCount(int days, string question, [CallerArgumentExpression(nameof(days))] string parameter = "")
    {
        if (days is < 0 or > MostDaysInThreeMonths)
        {
            throw new ArgumentOutOfRangeException(
                parameter, days, Invariant($"{question} counts days in the last 3 months: 0 to {MostDaysInThreeMonths}."));
        }

        return days;
    }

    private static void DisjointDays(int first, int second, string questions)
    {
        if (first + second > MostDaysInThreeMonths)
        {
            throw new ArgumentException(
                Invariant($"{questions} count different days of the same 3 months, so together they cannot exceed {MostDaysInThreeMonths}; {first} + {second} were given."));
        }
    }
}

using static System.FormattableString;

namespace Anodyne.Clinical.Diagnosis;

/// <summary>ICHD-3 1.3 Chronic migraine (clinical/diagnosis.md §3.3) [verified].</summary>
public static class ChronicMigraineCriteria
{
    public const string Code = "1.3";
    public const string Name = "Chronic migraine";

    // 1.3 A: headache on at least 15 days a month for more than 3 months.
    internal const int MinimumHeadacheDaysPerMonth = 15;

    // 1.3 B: at least 5 attacks meeting 1.1 B-D and/or 1.2 B-C.
    internal const int MinimumMigraineAttacks = 5;

    // 1.3 C: migraine-like headache on at least 8 days a month for more than 3 months.
    internal const int MinimumMigraineLikeDaysPerMonth = 8;

    public static DiagnosisAssessment Assess(HeadacheHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new(Code, Name,
        [
            HeadacheDays(history),
            MigraineAttacks(history),
            MigraineLikeDays(history),
            CommonCriteria.NotBetterAccountedFor("1.3 D", history,
                "A chronic migraine diagnosis excludes tension-type headache, and new daily persistent headache (4.10) takes precedence even when these criteria are met (clinical/diagnosis.md §3.3, §3.5)."),
        ]);
    }

    private static CriterionAssessment HeadacheDays(HeadacheHistory history)
    {
        var met = history.HeadacheDaysPerMonth >= MinimumHeadacheDaysPerMonth
            && CommonCriteria.MoreThanThreeMonths(history.MonthsAtCurrentFrequency);
        return new("1.3 A", met, Invariant(
            $"Headache on at least {MinimumHeadacheDaysPerMonth} days a month for more than 3 months is required; the patient has {history.HeadacheDaysPerMonth} headache days a month for {history.MonthsAtCurrentFrequency} months."));
    }

    private static CriterionAssessment MigraineAttacks(HeadacheHistory history)
    {
        var withoutAura = MigraineWithoutAuraCriteria.AttacksMeetBToD(history) ? history.WithoutAura!.NumberOfAttacks : 0;
        var withAura = MigraineWithAuraCriteria.AttacksMeetBAndC(history) ? history.WithAura!.NumberOfAttacks : 0;
        var total = withoutAura + withAura;
        return new("1.3 B", total >= MinimumMigraineAttacks, Invariant(
            $"At least {MinimumMigraineAttacks} attacks meeting 1.1 B-D and/or 1.2 B-C are required; {withoutAura} attacks without aura meet 1.1 B-D and {withAura} attacks with aura meet 1.2 B-C, {total} in all."));
    }

    private static CriterionAssessment MigraineLikeDays(HeadacheHistory history)
    {
        var met = history.MigraineLikeDaysPerMonth >= MinimumMigraineLikeDaysPerMonth
            && CommonCriteria.MoreThanThreeMonths(history.MonthsAtCurrentFrequency);
        return new("1.3 C", met, Invariant(
            $"Migraine-like headache (1.1 C and D, 1.2 B and C, or believed migraine and relieved by a triptan or ergot) on at least {MinimumMigraineLikeDaysPerMonth} days a month for more than 3 months is required; the patient has {history.MigraineLikeDaysPerMonth} such days a month for {history.MonthsAtCurrentFrequency} months."));
    }
}

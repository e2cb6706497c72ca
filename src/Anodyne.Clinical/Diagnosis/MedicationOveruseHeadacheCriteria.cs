using static System.FormattableString;

namespace Anodyne.Clinical.Diagnosis;

/// <summary>
/// ICHD-3 8.2 Medication-overuse headache and its subtypes 8.2.1 to 8.2.7 (clinical/diagnosis.md §3.4)
/// [verified unless noted]. A patient can have several subtypes, one per overused class.
/// </summary>
public static class MedicationOveruseHeadacheCriteria
{
    // 8.2 A: headache on at least 15 days a month in a patient with a pre-existing headache disorder.
    internal const int MinimumHeadacheDaysPerMonth = 15;

    // 8.2.7: unverified overuse of multiple classes on at least 10 days a month.
    internal const int UnverifiedMultipleClassesDaysPerMonth = 10;

    /// <summary>The subtypes for single classes, in ICHD-3 order, with their codes and names.</summary>
    private static readonly (AcuteMedicationClass Class, string Code, string Name)[] SingleClassSubtypes =
    [
        (AcuteMedicationClass.Ergotamine, "8.2.1", "Medication-overuse headache attributed to ergotamine"),
        (AcuteMedicationClass.Triptan, "8.2.2", "Medication-overuse headache attributed to triptan"),
        (AcuteMedicationClass.NonOpioidAnalgesic, "8.2.3", "Medication-overuse headache attributed to non-opioid analgesic"),
        (AcuteMedicationClass.Opioid, "8.2.4", "Medication-overuse headache attributed to opioid"),
        (AcuteMedicationClass.CombinationAnalgesic, "8.2.5", "Medication-overuse headache attributed to combination-analgesic"),
    ];

    /// <summary>
    /// Days a month, for more than 3 months, that make overuse of one class (clinical/diagnosis.md §3.4 table) [verified]:
    /// ergotamine, triptan, opioid and combination analgesic 10 or more; non-opioid analgesic 15 or more.
    /// </summary>
    public static int OveruseThresholdDaysPerMonth(AcuteMedicationClass medicationClass) => medicationClass switch
    {
        AcuteMedicationClass.Ergotamine => 10,
        AcuteMedicationClass.Triptan => 10,
        AcuteMedicationClass.NonOpioidAnalgesic => 15,
        AcuteMedicationClass.Opioid => 10,
        AcuteMedicationClass.CombinationAnalgesic => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(medicationClass), medicationClass, "Not an acute medication class."),
    };

    /// <summary>Every 8.2 subtype, 8.2.1 to 8.2.7, each with all its criteria.</summary>
    public static IReadOnlyList<DiagnosisAssessment> Assess(HeadacheHistory history, MedicationOveruseOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);

        var general = GeneralCriteria(history);
        var subtypes = SingleClassSubtypes
            .Select(s => new DiagnosisAssessment(s.Code, s.Name, [.. general.Before, SingleClassOveruse(history.AcuteMedication, s.Class, s.Code), general.After]))
            .ToList();
        subtypes.Add(new("8.2.6", "Medication-overuse headache attributed to multiple drug classes not individually overused",
            [.. general.Before, .. MultipleClasses(history.AcuteMedication, options), general.After]));
        subtypes.Add(new("8.2.7", "Medication-overuse headache attributed to unverified overuse of multiple drug classes",
            [.. general.Before, .. UnverifiedMultipleClasses(history.AcuteMedication), general.After]));
        return subtypes;
    }

    private static (CriterionAssessment[] Before, CriterionAssessment After) GeneralCriteria(HeadacheHistory history)
    {
        var days = new CriterionAssessment("8.2 A", history.HeadacheDaysPerMonth >= MinimumHeadacheDaysPerMonth, Invariant(
            $"Headache on at least {MinimumHeadacheDaysPerMonth} days a month is required; the patient has {history.HeadacheDaysPerMonth}."));
        var preExisting = new CriterionAssessment("8.2 A", history.HasPreExistingHeadacheDisorder, history.HasPreExistingHeadacheDisorder
            ? "The physician has recorded a headache disorder that predates the medication overuse."
            : "A pre-existing headache disorder is required and none is recorded.");
        var months = history.AcuteMedication.MonthsOfRegularUse;
        var duration = new CriterionAssessment("8.2 B", CommonCriteria.MoreThanThreeMonths(months), Invariant(
            $"Regular overuse for more than 3 months is required; the current use has lasted {months} months."));
        return ([days, preExisting, duration], CommonCriteria.NotBetterAccountedFor("8.2 C", history));
    }

    private static CriterionAssessment SingleClassOveruse(AcuteMedicationUse use, AcuteMedicationClass medicationClass, string code)
    {
        var days = use.DaysPerMonth(medicationClass);
        var threshold = OveruseThresholdDaysPerMonth(medicationClass);
        return new(Invariant($"{code} B"), days >= threshold, Invariant(
            $"{Describe(medicationClass)} on at least {threshold} days a month is overuse; taken on {days} days a month."));
    }

    // 8.2.6: several classes, none overused alone, on at least 10 days a month in total
    // [JNNP table of revised criteria; ICHD-3 text not retrieved: unverified, so the threshold is a clinic setting].
    private static CriterionAssessment[] MultipleClasses(AcuteMedicationUse use, MedicationOveruseOptions options)
    {
        var taken = use.ClassesTaken;
        var threshold = options.MultipleClassesTotalDaysPerMonth;
        var overusedAlone = taken.Where(c => use.DaysPerMonth(c) >= OveruseThresholdDaysPerMonth(c)).ToList();
        return
        [
            new("8.2.6 B", taken.Count >= 2 && use.DaysWithAnyAcuteMedicationPerMonth >= threshold, Invariant(
                $"Two or more classes on at least {threshold} days a month in total are required; {taken.Count} classes ({ListClasses(taken)}) on {use.DaysWithAnyAcuteMedicationPerMonth} days a month.")),
            new("8.2.6 B", overusedAlone.Count == 0, overusedAlone.Count == 0
                ? "No single class reaches its own overuse threshold."
                : $"A class reaches its own threshold, so it is diagnosed under its own subtype instead: {ListClasses(overusedAlone)}."),
            new("8.2.6 B", !use.UseCannotBeReliablyEstablished, use.UseCannotBeReliablyEstablished
                ? "The identity, quantity or pattern of use cannot be reliably established (see 8.2.7)."
                : "The identity, quantity and pattern of use are established."),
        ];
    }

    // 8.2.7: unverified overuse of multiple classes on at least 10 days a month (clinical/diagnosis.md §3.4) [verified].
    private static CriterionAssessment[] UnverifiedMultipleClasses(AcuteMedicationUse use) =>
    [
        new("8.2.7 B", use.DaysWithAnyAcuteMedicationPerMonth >= UnverifiedMultipleClassesDaysPerMonth, Invariant(
            $"Acute medication of several classes on at least {UnverifiedMultipleClassesDaysPerMonth} days a month is required; taken on {use.DaysWithAnyAcuteMedicationPerMonth} days a month.")),
        new("8.2.7 B", use.UseCannotBeReliablyEstablished, use.UseCannotBeReliablyEstablished
            ? "The physician has recorded that the identity, quantity or pattern of use cannot be reliably established."
            : "The use is established, so 8.2.7 does not apply."),
    ];

    private static string ListClasses(IReadOnlyList<AcuteMedicationClass> classes) =>
        classes.Count == 0 ? "none" : string.Join(", ", classes.Select(Describe));

    private static string Describe(AcuteMedicationClass medicationClass) => medicationClass switch
    {
        AcuteMedicationClass.Ergotamine => "Ergotamine",
        AcuteMedicationClass.Triptan => "Triptan",
        AcuteMedicationClass.NonOpioidAnalgesic => "Non-opioid analgesic (paracetamol, aspirin, other NSAIDs, as one class)",
        AcuteMedicationClass.Opioid => "Opioid",
        AcuteMedicationClass.CombinationAnalgesic => "Combination analgesic",
        _ => throw new ArgumentOutOfRangeException(nameof(medicationClass), medicationClass, "Not an acute medication class."),
    };
}

using Anodyne.Clinical.Diagnosis;

namespace Anodyne.Clinical.Tests.Diagnosis;

/// <summary>Headache histories for the tests: every value is stated by the test that uses it or is neutral here.</summary>
internal static class Histories
{
    public static AttacksWithoutAura AttacksWithoutAura(
        int attacks = 10,
        decimal hours = 12m,
        bool unilateral = true,
        bool pulsating = true,
        bool moderateOrSevere = true,
        bool aggravatedByActivity = true,
        bool nauseaOrVomiting = true,
        bool photophobia = true,
        bool phonophobia = true) =>
        new(attacks, hours, unilateral, pulsating, moderateOrSevere, aggravatedByActivity, nauseaOrVomiting, photophobia, phonophobia);

    public static AttacksWithAura AttacksWithAura(
        int attacks = 4,
        bool fullyReversible = true,
        int characteristics = 6) =>
        new(
            attacks,
            new HashSet<AuraSymptom> { AuraSymptom.Visual, AuraSymptom.Sensory },
            fullyReversible,
            SymptomSpreadsGraduallyOverFiveMinutesOrMore: characteristics >= 1,
            TwoOrMoreSymptomsInSuccession: characteristics >= 2,
            EachSymptomLastsFiveToSixtyMinutes: characteristics >= 3,
            AtLeastOneSymptomUnilateral: characteristics >= 4,
            AtLeastOneSymptomPositive: characteristics >= 5,
            HeadacheWithinSixtyMinutes: characteristics >= 6);

    public static HeadacheHistory History(
        AttacksWithoutAura? withoutAura = null,
        AttacksWithAura? withAura = null,
        int ageYears = 35,
        int headacheDaysPerMonth = 4,
        int migraineLikeDaysPerMonth = 4,
        int monthsAtCurrentFrequency = 12,
        bool preExistingHeadacheDisorder = true,
        AcuteMedicationUse? acuteMedication = null,
        bool betterAccountedForByAnotherDiagnosis = false) =>
        new(
            ageYears,
            withoutAura,
            withAura,
            headacheDaysPerMonth,
            migraineLikeDaysPerMonth,
            monthsAtCurrentFrequency,
            preExistingHeadacheDisorder,
            acuteMedication ?? AcuteMedicationUse.None,
            betterAccountedForByAnotherDiagnosis);

    public static AcuteMedicationUse Medication(
        int ergotamine = 0,
        int triptan = 0,
        int nonOpioid = 0,
        int opioid = 0,
        int combination = 0,
        int anyDays = -1,
        int months = 6,
        bool unverified = false)
    {
        var byClass = new Dictionary<AcuteMedicationClass, int>
        {
            [AcuteMedicationClass.Ergotamine] = ergotamine,
            [AcuteMedicationClass.Triptan] = triptan,
            [AcuteMedicationClass.NonOpioidAnalgesic] = nonOpioid,
            [AcuteMedicationClass.Opioid] = opioid,
            [AcuteMedicationClass.CombinationAnalgesic] = combination,
        };

        // unless stated, the classes are taken on separate days
        var total = anyDays >= 0 ? anyDays : byClass.Values.Sum();
        return new AcuteMedicationUse(byClass, total, months, unverified);
    }

    public static string[] UnmetCriteria(DiagnosisAssessment assessment) =>
        [.. assessment.Criteria.Where(c => !c.IsMet).Select(c => c.Criterion)];
}

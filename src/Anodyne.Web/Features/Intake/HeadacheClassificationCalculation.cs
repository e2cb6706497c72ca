using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.Diagnosis;

namespace Anodyne.Web.Features.Intake;

/// <summary>
/// A headache history in the clinic's words, classified by the ICHD-3 rules of the clinical library: every
/// diagnosis considered, with each criterion met or unmet and why.
/// </summary>
public static class HeadacheClassificationCalculation
{
    private const string DaysInMonth = "{0} must be 0 to 31 days per month.";

    public sealed class Request : IValidatableObject
    {
        /// <summary>Age in years.</summary>
        [Required(ErrorMessage = "ageYears is required.")]
        [Range(0, 130, ErrorMessage = "{0} must be 0 to 130 years.")]
        public int? AgeYears { get; init; }

        /// <summary>The typical attack without aura, if the patient has such attacks.</summary>
        public AttacksWithoutAuraInput? AttacksWithoutAura { get; init; }

        /// <summary>The typical attack with aura, if the patient has such attacks.</summary>
        public AttacksWithAuraInput? AttacksWithAura { get; init; }

        /// <summary>Days with any headache in an average month.</summary>
        [Required(ErrorMessage = "headacheDaysPerMonth is required.")]
        [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = DaysInMonth)]
        public int? HeadacheDaysPerMonth { get; init; }

        /// <summary>Of those, days with migraine features (or relieved by a triptan or ergot).</summary>
        [Required(ErrorMessage = "migraineLikeDaysPerMonth is required.")]
        [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = DaysInMonth)]
        public int? MigraineLikeDaysPerMonth { get; init; }

        /// <summary>How many months the headaches have been this frequent.</summary>
        [Required(ErrorMessage = "monthsAtCurrentFrequency is required.")]
        [Range(0, 1200, ErrorMessage = "{0} must be 0 to 1200 months.")]
        public int? MonthsAtCurrentFrequency { get; init; }

        /// <summary>The patient had a headache disorder before the medication use began (for medication overuse).</summary>
        public bool HasPreExistingHeadacheDisorder { get; init; }

        /// <summary>Acute (rescue) medication; leave out when none is taken.</summary>
        public AcuteMedicationInput? AcuteMedication { get; init; }

        /// <summary>Another ICHD-3 diagnosis accounts better for the headaches.</summary>
        public bool BetterAccountedForByAnotherDiagnosis { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var nested = new List<ValidationResult>();
            Nested(AttacksWithoutAura, nameof(AttacksWithoutAura), nested);
            Nested(AttacksWithAura, nameof(AttacksWithAura), nested);
            Nested(AcuteMedication, nameof(AcuteMedication), nested);
            foreach (var (entry, index) in (AcuteMedication?.Classes ?? []).Select((c, i) => (c, i)))
            {
                Nested(entry, FormattableString.Invariant($"{nameof(AcuteMedication)}.{nameof(AcuteMedicationInput.Classes)}[{index}]"), nested);
            }

            if (nested.Count > 0)
            {
                foreach (var result in nested)
                {
                    yield return result;
                }

                yield break;
            }

            if (AcuteMedication?.Classes is { } classes && classes.GroupBy(c => c.MedicationClass).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                yield return new ValidationResult(
                    FormattableString.Invariant($"acuteMedication.classes names {twice.Key} more than once; give each class once with its days per month."),
                    ["AcuteMedication.Classes"]);
                yield break;
            }

            if (RuleGuards.Check(() => ToHistory(), FieldFor) is { } guard)
            {
                yield return guard;
            }
        }

        public HeadacheHistory ToHistory() => new(
            AgeYears ?? 0,
            AttacksWithoutAura?.ToAttacks(),
            AttacksWithAura?.ToAttacks(),
            HeadacheDaysPerMonth ?? 0,
            MigraineLikeDaysPerMonth ?? 0,
            MonthsAtCurrentFrequency ?? 0,
            HasPreExistingHeadacheDisorder,
            AcuteMedication?.ToUse() ?? AcuteMedicationUse.None,
            BetterAccountedForByAnotherDiagnosis);

        // The library's guards name their own parameters; these are where the same values sit in the JSON body.
        private string FieldFor(string? parameter) => parameter switch
        {
            nameof(HeadacheHistory.AgeYears) or nameof(HeadacheHistory.HeadacheDaysPerMonth)
                or nameof(HeadacheHistory.MigraineLikeDaysPerMonth) or nameof(HeadacheHistory.MonthsAtCurrentFrequency) => parameter,
            nameof(AcuteMedicationUse.DaysPerMonthByClass) => "AcuteMedication.Classes",
            nameof(AcuteMedicationUse.DaysWithAnyAcuteMedicationPerMonth) or nameof(AcuteMedicationUse.MonthsOfRegularUse) => "AcuteMedication." + parameter,
            nameof(Clinical.Diagnosis.AttacksWithAura.Symptoms) => "AttacksWithAura.Symptoms",
            nameof(Clinical.Diagnosis.AttacksWithoutAura.DurationHours) => "AttacksWithoutAura.DurationHours",
            _ => "",
        };

        private static void Nested(object? part, string prefix, List<ValidationResult> results)
        {
            if (part is null)
            {
                return;
            }

            var found = new List<ValidationResult>();
            Validator.TryValidateObject(part, new ValidationContext(part), found, validateAllProperties: true);
            results.AddRange(found.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => prefix + "." + m)])));
        }
    }

    public sealed class AttacksWithoutAuraInput
    {
        /// <summary>Attacks of this kind so far in the patient's life.</summary>
        [Range(0, 100_000, ErrorMessage = "attacksWithoutAura.numberOfAttacks must be 0 to 100000.")]
        public int NumberOfAttacks { get; init; }

        /// <summary>Untreated (or unsuccessfully treated) length of a typical attack, in hours.</summary>
        [Range(typeof(decimal), "0.1", "2160", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "attacksWithoutAura.durationHours must be more than 0 and at most 2160 hours.")]
        public decimal DurationHours { get; init; }

        public bool Unilateral { get; init; }

        public bool Pulsating { get; init; }

        public bool ModerateOrSevereIntensity { get; init; }

        public bool AggravatedByRoutinePhysicalActivity { get; init; }

        public bool NauseaOrVomiting { get; init; }

        public bool Photophobia { get; init; }

        public bool Phonophobia { get; init; }

        public AttacksWithoutAura ToAttacks() => new(
            NumberOfAttacks, DurationHours, Unilateral, Pulsating, ModerateOrSevereIntensity,
            AggravatedByRoutinePhysicalActivity, NauseaOrVomiting, Photophobia, Phonophobia);
    }

    public sealed class AttacksWithAuraInput
    {
        /// <summary>Attacks with aura so far in the patient's life.</summary>
        [Range(0, 100_000, ErrorMessage = "attacksWithAura.numberOfAttacks must be 0 to 100000.")]
        public int NumberOfAttacks { get; init; }

        /// <summary>Aura symptoms: Visual, Sensory, SpeechOrLanguage, Motor, Brainstem, Retinal.</summary>
        [Required(ErrorMessage = "attacksWithAura.symptoms is required.")]
        [MinLength(1, ErrorMessage = "attacksWithAura.symptoms needs at least one symptom; leave attacksWithAura out when there is no aura.")]
        public IReadOnlyList<AuraSymptom>? Symptoms { get; init; }

        public bool FullyReversible { get; init; }

        public bool SymptomSpreadsGraduallyOverFiveMinutesOrMore { get; init; }

        public bool TwoOrMoreSymptomsInSuccession { get; init; }

        public bool EachSymptomLastsFiveToSixtyMinutes { get; init; }

        public bool AtLeastOneSymptomUnilateral { get; init; }

        public bool AtLeastOneSymptomPositive { get; init; }

        public bool HeadacheWithinSixtyMinutes { get; init; }

        public AttacksWithAura ToAttacks() => new(
            NumberOfAttacks, new HashSet<AuraSymptom>(Symptoms ?? []), FullyReversible, SymptomSpreadsGraduallyOverFiveMinutesOrMore,
            TwoOrMoreSymptomsInSuccession, EachSymptomLastsFiveToSixtyMinutes, AtLeastOneSymptomUnilateral,
            AtLeastOneSymptomPositive, HeadacheWithinSixtyMinutes);
    }

    public sealed class AcuteMedicationInput
    {
        /// <summary>Each acute medication class taken, with its days per month.</summary>
        public IReadOnlyList<AcuteMedicationClassInput>? Classes { get; init; }

        /// <summary>Days per month with any acute medication (a day with two classes counts once).</summary>
        [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = "acuteMedication.daysWithAnyAcuteMedicationPerMonth must be 0 to 31 days per month.")]
        public int DaysWithAnyAcuteMedicationPerMonth { get; init; }

        /// <summary>Months of regular use at this level.</summary>
        [Range(0, 1200, ErrorMessage = "acuteMedication.monthsOfRegularUse must be 0 to 1200 months.")]
        public int MonthsOfRegularUse { get; init; }

        /// <summary>The days per class cannot be told apart reliably (combination use).</summary>
        public bool UseCannotBeReliablyEstablished { get; init; }

        public AcuteMedicationUse ToUse() => new(
            (Classes ?? []).ToDictionary(c => c.MedicationClass!.Value, c => c.DaysPerMonth),
            DaysWithAnyAcuteMedicationPerMonth,
            MonthsOfRegularUse,
            UseCannotBeReliablyEstablished);
    }

    public sealed class AcuteMedicationClassInput
    {
        /// <summary>Ergotamine, Triptan, NonOpioidAnalgesic, Opioid or CombinationAnalgesic.</summary>
        [Required(ErrorMessage = "medicationClass is required.")]
        public AcuteMedicationClass? MedicationClass { get; init; }

        [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = "daysPerMonth must be 0 to 31 days per month.")]
        public int DaysPerMonth { get; init; }
    }

    public sealed record Criterion(string Name, bool Met, string Explanation);

    public sealed record Assessment(string Code, string Name, bool Fulfilled, IReadOnlyList<Criterion> Criteria);

    public sealed record Diagnosis(string Code, string Name);

    /// <summary>The diagnoses whose criteria are all met, and every assessment made (met or not).</summary>
    public sealed record Result(IReadOnlyList<Diagnosis> Diagnoses, IReadOnlyList<Assessment> Assessments);

    public static Result Calculate(Request request) => Describe(ClassifyHeadache.Classify(request.ToHistory(), MedicationOveruseOptions.Default));

    public static Result Describe(HeadacheClassification classification) => new(
        [.. classification.Diagnoses.Select(d => new Diagnosis(d.Code, d.Name))],
        [.. classification.Assessments.Select(a => new Assessment(a.Code, a.Name, a.IsFulfilled, [.. a.Criteria.Select(c => new Criterion(c.Criterion, c.IsMet, c.Explanation))]))]);
}

using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.Diagnosis;

namespace Anodyne.Web.Features.Intake;

/// <summary>
/// A headache history in the clinic's words, as the nurse or physician enters it. It is both the form's input and
/// the stored facts of a <see cref="HeadacheHistoryEntry"/>; the ICHD-3 classification is made from it when shown.
/// </summary>
public sealed class HeadacheHistoryFacts
{
    private const string MonthDays = "Enter 0 to 31 days a month.";
    private const string Attacks = "Enter 0 to 100000 attacks.";

    [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = MonthDays)]
    public int HeadacheDaysPerMonth { get; set; }

    [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = MonthDays)]
    public int MigraineLikeDaysPerMonth { get; set; }

    [Range(0, 1200, ErrorMessage = "Enter 0 to 1200 months.")]
    public int MonthsAtCurrentFrequency { get; set; }

    public bool HasAttacksWithoutAura { get; set; }

    [Range(0, 100_000, ErrorMessage = Attacks)]
    public int AttacksWithoutAura { get; set; }

    [Range(typeof(decimal), "0", "2160", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter how long an untreated attack lasts, up to 2160 hours.")]
    public decimal AttackDurationHours { get; set; }

    public bool OneSided { get; set; }

    public bool Throbbing { get; set; }

    public bool ModerateOrSevere { get; set; }

    public bool WorseWithActivity { get; set; }

    public bool NauseaOrVomiting { get; set; }

    public bool LightSensitivity { get; set; }

    public bool SoundSensitivity { get; set; }

    public bool HasAttacksWithAura { get; set; }

    [Range(0, 100_000, ErrorMessage = Attacks)]
    public int AttacksWithAura { get; set; }

    public bool AuraVisual { get; set; }

    public bool AuraSensory { get; set; }

    public bool AuraSpeechOrLanguage { get; set; }

    public bool AuraMotor { get; set; }

    public bool AuraBrainstem { get; set; }

    public bool AuraRetinal { get; set; }

    public bool AuraFullyReversible { get; set; }

    public bool AuraSpreadsGradually { get; set; }

    public bool AuraSymptomsInSuccession { get; set; }

    public bool AuraSymptomsLastFiveToSixtyMinutes { get; set; }

    public bool AuraOneSided { get; set; }

    public bool AuraPositive { get; set; }

    public bool HeadacheWithinAnHourOfAura { get; set; }

    [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = MonthDays)]
    public int TriptanDaysPerMonth { get; set; }

    [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = MonthDays)]
    public int ErgotamineDaysPerMonth { get; set; }

    [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = MonthDays)]
    public int SimpleAnalgesicDaysPerMonth { get; set; }

    [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = MonthDays)]
    public int OpioidDaysPerMonth { get; set; }

    [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = MonthDays)]
    public int CombinationAnalgesicDaysPerMonth { get; set; }

    [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = MonthDays)]
    public int AnyAcuteMedicationDaysPerMonth { get; set; }

    [Range(0, 1200, ErrorMessage = "Enter 0 to 1200 months.")]
    public int MonthsOfRegularAcuteMedication { get; set; }

    public bool AcuteMedicationDaysUncertain { get; set; }

    public bool HadHeadacheBeforeMedicationUse { get; set; }

    public bool BetterExplainedByAnotherDiagnosis { get; set; }

    /// <summary>Days a month with headache that disables the patient (for the EHF 2020 resistant/refractory definition).</summary>
    [Range(0, AcuteMedicationUse.MostDaysInAMonth, ErrorMessage = MonthDays)]
    public int DebilitatingHeadacheDaysPerMonth { get; set; }

    /// <summary>Consecutive months at that frequency without improvement.</summary>
    [Range(0, 1200, ErrorMessage = "Enter 0 to 1200 months.")]
    public int MonthsWithoutImprovement { get; set; }

    /// <summary>Different triptans tried without success.</summary>
    [Range(0, 20, ErrorMessage = "Enter 0 to 20 triptans.")]
    public int DifferentTriptansFailed { get; set; }

    /// <summary>The history as the clinical library takes it. Throws <see cref="ArgumentException"/> for impossible combinations.</summary>
    public HeadacheHistory ToHistory(int ageYears) => new(
        ageYears,
        HasAttacksWithoutAura
            ? new AttacksWithoutAura(AttacksWithoutAura, AttackDurationHours, OneSided, Throbbing, ModerateOrSevere, WorseWithActivity, NauseaOrVomiting, LightSensitivity, SoundSensitivity)
            : null,
        HasAttacksWithAura
            ? new AttacksWithAura(AttacksWithAura, AuraSymptoms(), AuraFullyReversible, AuraSpreadsGradually, AuraSymptomsInSuccession,
                AuraSymptomsLastFiveToSixtyMinutes, AuraOneSided, AuraPositive, HeadacheWithinAnHourOfAura)
            : null,
        HeadacheDaysPerMonth,
        MigraineLikeDaysPerMonth,
        MonthsAtCurrentFrequency,
        HadHeadacheBeforeMedicationUse,
        new AcuteMedicationUse(
            new Dictionary<AcuteMedicationClass, int>
            {
                [AcuteMedicationClass.Triptan] = TriptanDaysPerMonth,
                [AcuteMedicationClass.Ergotamine] = ErgotamineDaysPerMonth,
                [AcuteMedicationClass.NonOpioidAnalgesic] = SimpleAnalgesicDaysPerMonth,
                [AcuteMedicationClass.Opioid] = OpioidDaysPerMonth,
                [AcuteMedicationClass.CombinationAnalgesic] = CombinationAnalgesicDaysPerMonth,
            },
            AnyAcuteMedicationDaysPerMonth,
            MonthsOfRegularAcuteMedication,
            AcuteMedicationDaysUncertain),
        BetterExplainedByAnotherDiagnosis);

    /// <summary>The form field where the library's guard for this parameter belongs.</summary>
    public static string FieldFor(string? parameter) => parameter switch
    {
        nameof(HeadacheHistory.HeadacheDaysPerMonth) => nameof(HeadacheDaysPerMonth),
        nameof(HeadacheHistory.MigraineLikeDaysPerMonth) => nameof(MigraineLikeDaysPerMonth),
        nameof(HeadacheHistory.MonthsAtCurrentFrequency) => nameof(MonthsAtCurrentFrequency),
        nameof(AcuteMedicationUse.DaysWithAnyAcuteMedicationPerMonth) => nameof(AnyAcuteMedicationDaysPerMonth),
        nameof(AcuteMedicationUse.MonthsOfRegularUse) => nameof(MonthsOfRegularAcuteMedication),
        nameof(Clinical.Diagnosis.AttacksWithAura.Symptoms) => nameof(AuraVisual),
        nameof(Clinical.Diagnosis.AttacksWithoutAura.DurationHours) => nameof(AttackDurationHours),
        _ => "",
    };

    private HashSet<AuraSymptom> AuraSymptoms()
    {
        var symptoms = new HashSet<AuraSymptom>();
        if (AuraVisual) { symptoms.Add(AuraSymptom.Visual); }
        if (AuraSensory) { symptoms.Add(AuraSymptom.Sensory); }
        if (AuraSpeechOrLanguage) { symptoms.Add(AuraSymptom.SpeechOrLanguage); }
        if (AuraMotor) { symptoms.Add(AuraSymptom.Motor); }
        if (AuraBrainstem) { symptoms.Add(AuraSymptom.Brainstem); }
        if (AuraRetinal) { symptoms.Add(AuraSymptom.Retinal); }
        return symptoms;
    }
}

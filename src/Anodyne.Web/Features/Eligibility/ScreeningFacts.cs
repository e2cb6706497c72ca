using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.Screening;

namespace Anodyne.Web.Features.Eligibility;

/// <summary>
/// The screening history as the nurse or physician enters it: both the form's input and the stored facts of a
/// <see cref="ScreeningEntry"/>. Every choice must be made, so a forgotten question cannot pass as "absent".
/// </summary>
public sealed class ScreeningFacts
{
    private const string Choose = "Choose one.";

    [Range(40, 300, ErrorMessage = "Enter a systolic pressure from 40 to 300 mmHg, or leave both empty.")]
    public int? SystolicMmHg { get; set; }

    [Range(20, 200, ErrorMessage = "Enter a diastolic pressure from 20 to 200 mmHg, or leave both empty.")]
    public int? DiastolicMmHg { get; set; }

    [Required(ErrorMessage = "Choose the patient's hypertension.")]
    [EnumDataType(typeof(HypertensionStatus), ErrorMessage = Choose)]
    public HypertensionStatus? Hypertension { get; set; }

    public bool UnstableOrPoorlyControlledCardiacDisease { get; set; }

    public bool IschaemicHeartDisease { get; set; }

    public bool PoorVentricularFunction { get; set; }

    public bool Aneurysm { get; set; }

    public bool PriorStroke { get; set; }

    public bool Pheochromocytoma { get; set; }

    [Required(ErrorMessage = "Choose the patient's thyroid state.")]
    [EnumDataType(typeof(ThyroidStatus), ErrorMessage = Choose)]
    public ThyroidStatus? Thyroid { get; set; }

    public bool RaisedIntracranialPressure { get; set; }

    public bool RaisedIntraocularPressure { get; set; }

    public bool Glaucoma { get; set; }

    [Required(ErrorMessage = "Choose the patient's history of psychosis.")]
    [EnumDataType(typeof(PsychosisStatus), ErrorMessage = Choose)]
    public PsychosisStatus? Psychosis { get; set; }

    public bool ActivePtsd { get; set; }

    [Required(ErrorMessage = "Choose the patient's substance use.")]
    [EnumDataType(typeof(SubstanceUseStatus), ErrorMessage = Choose)]
    public SubstanceUseStatus? SubstanceUseDisorder { get; set; }

    [Required(ErrorMessage = "Choose the patient's liver disease.")]
    [EnumDataType(typeof(LiverDiseaseSeverity), ErrorMessage = Choose)]
    public LiverDiseaseSeverity? LiverDisease { get; set; }

    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter ALT as 0 to 100 times the upper limit, or leave both empty.")]
    public decimal? AltTimesUpperLimit { get; set; }

    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter AST as 0 to 100 times the upper limit, or leave both empty.")]
    public decimal? AstTimesUpperLimit { get; set; }

    public bool RaisedBilirubinAlpInrOrUrea { get; set; }

    [Range(1, 5, ErrorMessage = "Chronic kidney disease stages run from 1 to 5; leave empty if none.")]
    public int? ChronicKidneyDiseaseStage { get; set; }

    public bool Pregnant { get; set; }

    public bool Breastfeeding { get; set; }

    public bool KetamineHypersensitivity { get; set; }

    public bool PriorAdverseReactionToKetamine { get; set; }

    [Range(typeof(decimal), "0", "10000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter a daily oral morphine equivalent from 0 to 10000 mg, or leave empty.")]
    public decimal? OralMorphineEquivalentMgPerDay { get; set; }

    /// <summary>The interacting drug classes taken, as their names separated by commas (stored; the form binds a list).</summary>
    [StringLength(1000)]
    public string InteractingDrugClasses { get; set; } = "";

    /// <summary>Field-level problems the attributes cannot see: a half-entered pair of values.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (SystolicMmHg is null != DiastolicMmHg is null)
        {
            yield return (SystolicMmHg is null ? nameof(SystolicMmHg) : nameof(DiastolicMmHg), "Enter both systolic and diastolic, or neither.");
        }
        else if (SystolicMmHg <= DiastolicMmHg)
        {
            yield return (nameof(SystolicMmHg), "The systolic pressure must be above the diastolic.");
        }

        if (AltTimesUpperLimit is null != AstTimesUpperLimit is null)
        {
            yield return (AltTimesUpperLimit is null ? nameof(AltTimesUpperLimit) : nameof(AstTimesUpperLimit), "Enter both ALT and AST, or neither.");
        }
    }

    public IReadOnlySet<InteractingDrugClass> DrugClasses() => InteractingDrugClasses
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(Enum.Parse<InteractingDrugClass>)
        .ToHashSet();

    /// <summary>The history for the clinical library; throws if a choice is missing (the form checks that first).</summary>
    public ScreeningHistory ToHistory() => new()
    {
        LatestBloodPressure = SystolicMmHg is { } systolic && DiastolicMmHg is { } diastolic ? new BloodPressureReading(systolic, diastolic) : null,
        Hypertension = Hypertension ?? throw new InvalidOperationException("Hypertension is not stated."),
        UnstableOrPoorlyControlledCardiacDisease = UnstableOrPoorlyControlledCardiacDisease,
        IschaemicHeartDisease = IschaemicHeartDisease,
        PoorVentricularFunction = PoorVentricularFunction,
        Aneurysm = Aneurysm,
        PriorStroke = PriorStroke,
        Pheochromocytoma = Pheochromocytoma,
        Thyroid = Thyroid ?? throw new InvalidOperationException("Thyroid state is not stated."),
        RaisedIntracranialPressure = RaisedIntracranialPressure,
        RaisedIntraocularPressure = RaisedIntraocularPressure,
        Glaucoma = Glaucoma,
        Psychosis = Psychosis ?? throw new InvalidOperationException("Psychosis is not stated."),
        ActivePtsd = ActivePtsd,
        SubstanceUseDisorder = SubstanceUseDisorder ?? throw new InvalidOperationException("Substance use is not stated."),
        LiverDisease = LiverDisease ?? throw new InvalidOperationException("Liver disease is not stated."),
        LatestLiverEnzymes = AltTimesUpperLimit is { } alt && AstTimesUpperLimit is { } ast ? new LiverEnzymes(alt, ast) : null,
        RaisedBilirubinAlpInrOrUrea = RaisedBilirubinAlpInrOrUrea,
        ChronicKidneyDiseaseStage = ChronicKidneyDiseaseStage,
        Pregnant = Pregnant,
        Breastfeeding = Breastfeeding,
        KetamineHypersensitivity = KetamineHypersensitivity,
        PriorAdverseReactionToKetamine = PriorAdverseReactionToKetamine,
        OralMorphineEquivalentMgPerDay = OralMorphineEquivalentMgPerDay,
        CurrentDrugClasses = DrugClasses(),
    };
}

namespace Anodyne.Clinical.Screening;

/// <summary>
/// The conditions, results and medicines the ketamine screen looks at. Every item must be stated, so that a
/// forgotten question cannot pass as "absent".
/// </summary>
public sealed record ScreeningHistory
{
    private readonly int? _chronicKidneyDiseaseStage;
    private readonly decimal? _oralMorphineEquivalentMgPerDay;
    private readonly IReadOnlySet<InteractingDrugClass> _currentDrugClasses = new HashSet<InteractingDrugClass>();

    /// <summary>The latest blood pressure, or null if none is recorded.</summary>
    public required BloodPressureReading? LatestBloodPressure { get; init; }

    public required HypertensionStatus Hypertension { get; init; }

    /// <summary>Unstable or poorly controlled cardiovascular disease.</summary>
    public required bool UnstableOrPoorlyControlledCardiacDisease { get; init; }

    /// <summary>Known ischaemic heart disease.</summary>
    public required bool IschaemicHeartDisease { get; init; }

    /// <summary>Poor ventricular function or cardiac decompensation.</summary>
    public required bool PoorVentricularFunction { get; init; }

    public required bool Aneurysm { get; init; }

    /// <summary>Stroke or other cerebrovascular event at any time.</summary>
    public required bool PriorStroke { get; init; }

    public required bool Pheochromocytoma { get; init; }

    public required ThyroidStatus Thyroid { get; init; }

    /// <summary>Raised intracranial pressure (head trauma, mass, bleed, hydrocephalus).</summary>
    public required bool RaisedIntracranialPressure { get; init; }

    /// <summary>Raised intraocular pressure, including ocular trauma.</summary>
    public required bool RaisedIntraocularPressure { get; init; }

    public required bool Glaucoma { get; init; }

    public required PsychosisStatus Psychosis { get; init; }

    /// <summary>Active post-traumatic stress disorder.</summary>
    public required bool ActivePtsd { get; init; }

    public required SubstanceUseStatus SubstanceUseDisorder { get; init; }

    public required LiverDiseaseSeverity LiverDisease { get; init; }

    /// <summary>Latest ALT and AST, or null if none are recorded.</summary>
    public required LiverEnzymes? LatestLiverEnzymes { get; init; }

    /// <summary>Raised bilirubin, alkaline phosphatase, INR or blood urea nitrogen.</summary>
    public required bool RaisedBilirubinAlpInrOrUrea { get; init; }

    /// <summary>Chronic kidney disease stage 1 to 5, or null if none.</summary>
    public required int? ChronicKidneyDiseaseStage
    {
        get => _chronicKidneyDiseaseStage;
        init => _chronicKidneyDiseaseStage = value is null or (>= 1 and <= 5)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Chronic kidney disease stages run from 1 to 5.");
    }

    public required bool Pregnant { get; init; }

    public required bool Breastfeeding { get; init; }

    /// <summary>Known hypersensitivity to ketamine or its excipients.</summary>
    public required bool KetamineHypersensitivity { get; init; }

    /// <summary>A previous adverse reaction to, or intolerance of, ketamine.</summary>
    public required bool PriorAdverseReactionToKetamine { get; init; }

    /// <summary>Daily opioid dose as oral morphine equivalents in mg, or null if no regular opioid.</summary>
    public required decimal? OralMorphineEquivalentMgPerDay
    {
        get => _oralMorphineEquivalentMgPerDay;
        init => _oralMorphineEquivalentMgPerDay = value is null or >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A daily opioid dose cannot be negative.");
    }

    /// <summary>Classes of interacting drugs the patient currently takes.</summary>
    public required IReadOnlySet<InteractingDrugClass> CurrentDrugClasses
    {
        get => _currentDrugClasses;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Any(c => !Enum.IsDefined(c)))
            {
                throw new ArgumentException("A drug class is not one of the interacting classes.", nameof(value));
            }

            _currentDrugClasses = new HashSet<InteractingDrugClass>(value);
        }
    }
}

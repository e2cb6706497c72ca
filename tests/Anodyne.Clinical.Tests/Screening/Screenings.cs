using Anodyne.Clinical.Screening;

namespace Anodyne.Clinical.Tests.Screening;

/// <summary>Screening histories for the tests: a patient with nothing to report, and one condition at a time.</summary>
internal static class Screenings
{
    public static ScreeningHistory Clear() => new()
    {
        LatestBloodPressure = new BloodPressureReading(120, 80),
        Hypertension = HypertensionStatus.None,
        UnstableOrPoorlyControlledCardiacDisease = false,
        IschaemicHeartDisease = false,
        PoorVentricularFunction = false,
        Aneurysm = false,
        PriorStroke = false,
        Pheochromocytoma = false,
        Thyroid = ThyroidStatus.NoHyperthyroidism,
        RaisedIntracranialPressure = false,
        RaisedIntraocularPressure = false,
        Glaucoma = false,
        Psychosis = PsychosisStatus.None,
        ActivePtsd = false,
        SubstanceUseDisorder = SubstanceUseStatus.None,
        LiverDisease = LiverDiseaseSeverity.None,
        LatestLiverEnzymes = new LiverEnzymes(1m, 1m),
        RaisedBilirubinAlpInrOrUrea = false,
        ChronicKidneyDiseaseStage = null,
        Pregnant = false,
        Breastfeeding = false,
        KetamineHypersensitivity = false,
        PriorAdverseReactionToKetamine = false,
        OralMorphineEquivalentMgPerDay = null,
        CurrentDrugClasses = new HashSet<InteractingDrugClass>(),
    };

    /// <summary>A patient with nothing to report except the condition named in clinic words.</summary>
    public static ScreeningHistory With(string condition) => condition switch
    {
        "uncontrolled hypertension" => Clear() with { Hypertension = HypertensionStatus.Uncontrolled },
        "controlled hypertension" => Clear() with { Hypertension = HypertensionStatus.Controlled },
        "unstable cardiac disease" => Clear() with { UnstableOrPoorlyControlledCardiacDisease = true },
        "ischaemic heart disease" => Clear() with { IschaemicHeartDisease = true },
        "poor ventricular function" => Clear() with { PoorVentricularFunction = true },
        "aneurysm" => Clear() with { Aneurysm = true },
        "prior stroke" => Clear() with { PriorStroke = true },
        "pheochromocytoma" => Clear() with { Pheochromocytoma = true },
        "thyrotoxicosis" => Clear() with { Thyroid = ThyroidStatus.Thyrotoxicosis },
        "treated hyperthyroidism" => Clear() with { Thyroid = ThyroidStatus.TreatedHyperthyroidism },
        "raised intracranial pressure" => Clear() with { RaisedIntracranialPressure = true },
        "raised intraocular pressure" => Clear() with { RaisedIntraocularPressure = true },
        "glaucoma" => Clear() with { Glaucoma = true },
        "current psychosis" => Clear() with { Psychosis = PsychosisStatus.CurrentOrPoorlyControlled },
        "past psychosis" => Clear() with { Psychosis = PsychosisStatus.PastRemitted },
        "active PTSD" => Clear() with { ActivePtsd = true },
        "active substance use disorder" => Clear() with { SubstanceUseDisorder = SubstanceUseStatus.Active },
        "substance use disorder in remission" => Clear() with { SubstanceUseDisorder = SubstanceUseStatus.InRemission },
        "severe liver disease" => Clear() with { LiverDisease = LiverDiseaseSeverity.Severe },
        "moderate liver disease" => Clear() with { LiverDisease = LiverDiseaseSeverity.Moderate },
        "raised bilirubin" => Clear() with { RaisedBilirubinAlpInrOrUrea = true },
        "CKD stage 4" => Clear() with { ChronicKidneyDiseaseStage = 4 },
        "CKD stage 5" => Clear() with { ChronicKidneyDiseaseStage = 5 },
        "pregnancy" => Clear() with { Pregnant = true },
        "breastfeeding" => Clear() with { Breastfeeding = true },
        "ketamine hypersensitivity" => Clear() with { KetamineHypersensitivity = true },
        "prior adverse reaction to ketamine" => Clear() with { PriorAdverseReactionToKetamine = true },
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "No such test condition."),
    };

    public static KetamineScreeningResult Screen(ScreeningHistory history) =>
        ScreenForKetamine.Screen(history, KetamineScreeningOptions.Default);
}

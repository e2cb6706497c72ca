namespace Anodyne.Clinical.Screening;

/// <summary>Stable codes of ketamine screening findings, for the record and the UI.</summary>
public static class ScreeningFindingCodes
{
    public const string BloodPressureNotRecorded = "BP-NOT-RECORDED";
    public const string SystolicAboveLimit = "BP-SYSTOLIC-ABOVE-LIMIT";
    public const string SystolicBelowLimit = "BP-SYSTOLIC-BELOW-LIMIT";
    public const string UncontrolledHypertension = "HYPERTENSION-UNCONTROLLED";
    public const string ControlledHypertension = "HYPERTENSION-CONTROLLED";
    public const string UnstableCardiacDisease = "CARDIAC-UNSTABLE";
    public const string IschaemicHeartDisease = "CARDIAC-ISCHAEMIC";
    public const string PoorVentricularFunction = "CARDIAC-POOR-VENTRICULAR-FUNCTION";
    public const string Aneurysm = "ANEURYSM";
    public const string PriorStroke = "PRIOR-STROKE";
    public const string Pheochromocytoma = "PHEOCHROMOCYTOMA";
    public const string Thyrotoxicosis = "THYROTOXICOSIS";
    public const string Hyperthyroidism = "HYPERTHYROIDISM";
    public const string RaisedIntracranialPressure = "RAISED-ICP";
    public const string RaisedIntraocularPressure = "RAISED-IOP";
    public const string Glaucoma = "GLAUCOMA";
    public const string CurrentPsychosis = "PSYCHOSIS-CURRENT";
    public const string PastPsychosis = "PSYCHOSIS-PAST";
    public const string ActivePtsd = "PTSD-ACTIVE";
    public const string ActiveSubstanceUseDisorder = "SUBSTANCE-USE-ACTIVE";
    public const string SubstanceUseDisorderInRemission = "SUBSTANCE-USE-REMISSION";
    public const string SevereLiverDisease = "LIVER-SEVERE";
    public const string ModerateLiverDisease = "LIVER-MODERATE";
    public const string LiverEnzymesAboveLimit = "LIVER-ENZYMES-ABOVE-LIMIT";
    public const string LiverTestsNotRecorded = "LIVER-TESTS-NOT-RECORDED";
    public const string OtherLaboratoryValuesRaised = "LABS-RAISED";
    public const string SevereKidneyDisease = "KIDNEY-CKD-4-OR-5";
    public const string Pregnancy = "PREGNANCY";
    public const string Breastfeeding = "BREASTFEEDING";
    public const string KetamineHypersensitivity = "KETAMINE-HYPERSENSITIVITY";
    public const string PriorAdverseReactionToKetamine = "KETAMINE-PRIOR-ADVERSE-REACTION";
    public const string HighOpioidDose = "OPIOID-DOSE-HIGH";
    public const string NeverMixInSameSyringe = "INCOMPATIBLE-IN-SAME-SYRINGE";

    /// <summary>The code of an interaction finding: "INTERACTION-" and the drug class, e.g. "INTERACTION-Theophylline".</summary>
    public static string Interaction(InteractingDrugClass drugClass) => $"INTERACTION-{drugClass}";
}

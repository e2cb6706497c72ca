using Anodyne.Clinical.Screening;

namespace Anodyne.Web.Features.Eligibility;

/// <summary>The screen's choices and findings in the clinic's words.</summary>
public static class ScreeningText
{
    public static string Describe(HypertensionStatus value) => value switch
    {
        HypertensionStatus.None => "No hypertension",
        HypertensionStatus.Controlled => "Controlled hypertension",
        HypertensionStatus.Uncontrolled => "Uncontrolled hypertension",
        _ => value.ToString(),
    };

    public static string Describe(ThyroidStatus value) => value switch
    {
        ThyroidStatus.NoHyperthyroidism => "No hyperthyroidism",
        ThyroidStatus.TreatedHyperthyroidism => "Treated hyperthyroidism, not thyrotoxic now",
        ThyroidStatus.Thyrotoxicosis => "Current thyrotoxicosis",
        _ => value.ToString(),
    };

    public static string Describe(PsychosisStatus value) => value switch
    {
        PsychosisStatus.None => "No psychosis",
        PsychosisStatus.PastRemitted => "Past psychosis, remitted or well controlled",
        PsychosisStatus.CurrentOrPoorlyControlled => "Current or poorly controlled psychosis",
        _ => value.ToString(),
    };

    public static string Describe(SubstanceUseStatus value) => value switch
    {
        SubstanceUseStatus.None => "No substance use disorder",
        SubstanceUseStatus.InRemission => "Substance use disorder in remission",
        SubstanceUseStatus.Active => "Active substance use disorder",
        _ => value.ToString(),
    };

    public static string Describe(LiverDiseaseSeverity value) => value switch
    {
        LiverDiseaseSeverity.None => "No liver disease",
        LiverDiseaseSeverity.Mild => "Mild liver disease",
        LiverDiseaseSeverity.Moderate => "Moderate liver disease",
        LiverDiseaseSeverity.Severe => "Severe liver disease",
        _ => value.ToString(),
    };

    public static string Describe(InteractingDrugClass value) => value switch
    {
        InteractingDrugClass.Theophylline => "Theophylline or aminophylline",
        InteractingDrugClass.SympathomimeticOrVasopressin => "Sympathomimetic or vasopressin",
        InteractingDrugClass.ThyroidHormone => "Thyroid hormone",
        InteractingDrugClass.Benzodiazepine => "Benzodiazepine",
        InteractingDrugClass.Barbiturate => "Barbiturate",
        InteractingDrugClass.Opioid => "Opioid",
        InteractingDrugClass.OtherCnsDepressant => "Other CNS depressant (alcohol, phenothiazine, sedating antihistamine, muscle relaxant)",
        InteractingDrugClass.Antipsychotic => "Antipsychotic",
        InteractingDrugClass.Cyp3A4Inhibitor => "CYP3A4 inhibitor",
        InteractingDrugClass.Cyp3A4Inducer => "CYP3A4 inducer",
        InteractingDrugClass.StrongCyp2B6OrCyp2C8Inhibitor => "Strong CYP2B6 or CYP2C8 inhibitor",
        InteractingDrugClass.Antihypertensive => "Antihypertensive",
        InteractingDrugClass.Memantine => "Memantine",
        _ => value.ToString(),
    };

    public static string Describe(FindingSeverity value) => value switch
    {
        FindingSeverity.Blocking => "Blocking",
        FindingSeverity.NeedsReview => "Needs review",
        FindingSeverity.Informational => "Informational",
        _ => value.ToString(),
    };
}

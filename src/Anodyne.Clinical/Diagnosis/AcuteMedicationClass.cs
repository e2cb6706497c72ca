namespace Anodyne.Clinical.Diagnosis;

/// <summary>Acute (symptomatic) headache drug classes of ICHD-3 8.2 (clinical/diagnosis.md §3.4) [verified].</summary>
public enum AcuteMedicationClass
{
    /// <summary>8.2.1.</summary>
    Ergotamine = 1,

    /// <summary>8.2.2, any formulation.</summary>
    Triptan = 2,

    /// <summary>
    /// 8.2.3: paracetamol, aspirin and other NSAIDs; all non-opioid analgesics count as one class.
    /// Two non-opioid analgesics taken together without an adjuvant belong here, not under combination analgesic.
    /// </summary>
    NonOpioidAnalgesic = 3,

    /// <summary>8.2.4.</summary>
    Opioid = 4,

    /// <summary>8.2.5: a product with drugs of two or more classes, or with an adjuvant such as caffeine.</summary>
    CombinationAnalgesic = 5,
}

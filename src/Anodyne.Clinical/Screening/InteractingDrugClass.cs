namespace Anodyne.Clinical.Screening;

/// <summary>Drug classes the patient takes that interact with ketamine (clinical/protocols-and-safety.md §2.9).</summary>
public enum InteractingDrugClass
{
    /// <summary>Theophylline or aminophylline.</summary>
    Theophylline = 1,

    /// <summary>Direct or indirect sympathomimetics, and vasopressin.</summary>
    SympathomimeticOrVasopressin = 2,

    ThyroidHormone = 3,
    Benzodiazepine = 4,
    Barbiturate = 5,
    Opioid = 6,

    /// <summary>Other CNS depressants: ethanol, phenothiazines, sedating H1 antihistamines, muscle relaxants.</summary>
    OtherCnsDepressant = 7,

    Antipsychotic = 8,
    Cyp3A4Inhibitor = 9,
    Cyp3A4Inducer = 10,
    StrongCyp2B6OrCyp2C8Inhibitor = 11,
    Antihypertensive = 12,
    Memantine = 13,
}

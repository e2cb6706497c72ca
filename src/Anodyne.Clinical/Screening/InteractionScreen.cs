namespace Anodyne.Clinical.Screening;

/// <summary>Drug interactions with ketamine (clinical/protocols-and-safety.md §2.9).</summary>
internal static class InteractionScreen
{
    public static IEnumerable<ScreeningFinding> Check(ScreeningHistory history)
    {
        foreach (var drugClass in history.CurrentDrugClasses.Order())
        {
            var (severity, reason, source) = Rule(drugClass);
            yield return new(severity, ScreeningFindingCodes.Interaction(drugClass), reason, $"{Sources.Interactions}: {source}");
        }

        // Chemically incompatible with barbiturates and diazepam: never mix in the same syringe or bag [rxreasoner] [verified].
        if (history.CurrentDrugClasses.Contains(InteractingDrugClass.Barbiturate)
            || history.CurrentDrugClasses.Contains(InteractingDrugClass.Benzodiazepine))
        {
            yield return new(FindingSeverity.Informational, ScreeningFindingCodes.NeverMixInSameSyringe,
                "Ketamine precipitates with barbiturates and diazepam: never mix them in the same syringe or bag.",
                $"{Sources.Interactions}: rxreasoner SmPC summary [verified]");
        }
    }

    // Interactions need a decision about dose or monitoring that the notes do not set, so they are for review;
    // an effect the infusion monitoring already covers, or a lower ketamine level, is informational.
    private static (FindingSeverity Severity, string Reason, string Source) Rule(InteractingDrugClass drugClass) => drugClass switch
    {
        InteractingDrugClass.Theophylline => (FindingSeverity.NeedsReview,
            "Theophylline or aminophylline: lowers the seizure threshold; unpredictable extensor-type seizures.",
            "Ketalar label via InpharmD; MIMS [verified]"),
        InteractingDrugClass.SympathomimeticOrVasopressin => (FindingSeverity.NeedsReview,
            "Sympathomimetic or vasopressin: enhances ketamine's sympathomimetic effects.",
            "rxreasoner SmPC; Swiss label [verified]"),
        InteractingDrugClass.ThyroidHormone => (FindingSeverity.NeedsReview,
            "Thyroid hormone: hypertension and tachycardia with ketamine.",
            "rxreasoner SmPC; Swiss label [verified]"),
        InteractingDrugClass.Benzodiazepine => (FindingSeverity.NeedsReview,
            "Benzodiazepine: more CNS and respiratory depression; diazepam prolongs ketamine's half-life; chronic benzodiazepine use excluded patients from the KetHead trial.",
            "rxreasoner; Swiss label [verified]; KetHead Table 1 [verified]"),
        InteractingDrugClass.Barbiturate => (FindingSeverity.NeedsReview,
            "Barbiturate: more CNS depression and prolonged recovery.",
            "rxreasoner; Swiss label [verified]"),
        InteractingDrugClass.Opioid => (FindingSeverity.NeedsReview,
            "Opioid: more CNS and respiratory depression and prolonged recovery.",
            "rxreasoner; Swiss label [verified]"),
        InteractingDrugClass.OtherCnsDepressant => (FindingSeverity.NeedsReview,
            "CNS depressant (ethanol, phenothiazine, sedating antihistamine, muscle relaxant): more CNS and respiratory depression.",
            "rxreasoner; Swiss label [verified]"),
        InteractingDrugClass.Antipsychotic => (FindingSeverity.NeedsReview,
            "Antipsychotic: chronic use excluded patients from the KetHead trial; phenothiazines add CNS depression.",
            "KetHead Table 1 [verified]; rxreasoner [verified]"),
        InteractingDrugClass.Cyp3A4Inhibitor => (FindingSeverity.NeedsReview,
            "CYP3A4 inhibitor (e.g. HIV protease inhibitors): raises ketamine levels.",
            "rxreasoner; pharmamedix [verified]"),
        InteractingDrugClass.Cyp3A4Inducer => (FindingSeverity.Informational,
            "CYP3A4 inducer: lowers ketamine levels.",
            "rxreasoner; pharmamedix [verified]"),
        InteractingDrugClass.StrongCyp2B6OrCyp2C8Inhibitor => (FindingSeverity.NeedsReview,
            "Strong CYP2B6 or CYP2C8 inhibitor: ketamine is metabolised mainly by CYP3A and CYP2B6; these inhibitors excluded patients from the KetHead trial.",
            "Peltoniemi 2016 [verified]; KetHead Table 1 [verified]"),
        InteractingDrugClass.Antihypertensive => (FindingSeverity.Informational,
            "Antihypertensive: more risk of hypotension.",
            "MIMS [verified]"),
        // "Avoid" (pharmamedix) [secondary]: the conservative reading of "avoid" is a contraindication.
        InteractingDrugClass.Memantine => (FindingSeverity.Blocking,
            "Memantine: more CNS toxicity; the source advises avoiding the combination.",
            "pharmamedix [secondary]"),
        _ => throw new ArgumentOutOfRangeException(nameof(drugClass), drugClass, "Not an interacting drug class."),
    };
}

namespace Anodyne.Clinical.Diagnosis;

/// <summary>
/// Classifies a headache history under ICHD-3: 1.1, 1.2, 1.3, 1.5.1, 1.5.2 and 8.2.1 to 8.2.7. A patient meeting both
/// chronic migraine and medication-overuse headache gets both diagnoses (clinical/diagnosis.md §3.3) [verified].
/// </summary>
public static class ClassifyHeadache
{
    public static HeadacheClassification Classify(HeadacheHistory history, MedicationOveruseOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);

        DiagnosisAssessment[] migraine =
        [
            MigraineWithoutAuraCriteria.Assess(history),
            MigraineWithAuraCriteria.Assess(history),
            ChronicMigraineCriteria.Assess(history),
        ];
        return new(
        [
            .. migraine,
            ProbableMigraineCriteria.AssessWithoutAura(history, migraine),
            ProbableMigraineCriteria.AssessWithAura(history, migraine),
            .. MedicationOveruseHeadacheCriteria.Assess(history, options),
        ]);
    }
}

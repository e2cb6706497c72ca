namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>Classifies a recorded diary day by the definitions in outcomes.md §4.1 and diagnosis.md §3.</summary>
public static class DiaryDayClassifier
{
    // ICHD-3 1.1 B: attacks last 4–72 h (diagnosis.md §3.1); the common trial definition also uses 4 h (outcomes.md §4.1)
    private static readonly TimeSpan MigraineCriteriaDuration = TimeSpan.FromHours(4);

    // van der Arend proposal: headache of at least 30 min (outcomes.md §4.1)
    private static readonly TimeSpan ProposalDuration = TimeSpan.FromMinutes(30);

    public static DayClassification Classify(DiaryDay day, MigraineDayDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(day);

        return new DayClassification(
            day.Date,
            // headache day: migraine or non-migraine headache of any duration (Pijpers, outcomes.md §4.1)
            IsHeadacheDay: day.HasHeadache,
            IsMigraineDay: IsMigraineDay(day, definition),
            // moderate/severe headache day (IHS 2018 endpoint, outcomes.md §4.2): peak intensity moderate or severe
            IsModerateOrSevereDay: day.Headache is { IsModerateOrSevere: true },
            // debilitating headache: serious impairment of daily activities (EHF 2020, diagnosis.md §3.6)
            IsDebilitatingDay: day.HasHeadache && day.FunctionalImpact == FunctionalImpact.SeriousImpairment,
            AcuteMedication: day.AcuteMedication);
    }

    private static bool IsMigraineDay(DiaryDay day, MigraineDayDefinition definition)
    {
        var headache = day.Headache;
        var featured = headache is { HasMigraineFeatures: true };

        return definition switch
        {
            // diagnosis.md §3.3, ICHD-3 1.3 C
            MigraineDayDefinition.ChronicMigraineCriterionC =>
                featured
                || day.Aura is { MeetsMigraineWithAuraCriteria: true }
                || (headache is { BelievedToBeMigraineAtOnset: true, RelievedByAcuteMedication: true }
                    && day.TookMigraineSpecificMedication),

            // outcomes.md §4.1, commonly used definition: "triptan use" is any day a triptan was taken
            MigraineDayDefinition.CommonTrialDefinition =>
                (featured && headache!.Duration >= MigraineCriteriaDuration)
                || day.AcuteMedication.HasFlag(AcuteMedicationClasses.Triptan)
                || day.Aura is { LastsFiveToSixtyMinutes: true },

            // outcomes.md §4.1, van der Arend proposal
            MigraineDayDefinition.VanDerArendProposal =>
                (featured && headache!.Duration >= ProposalDuration)
                || day.Aura is { LastsFiveToSixtyMinutes: true }
                || (day.HasHeadache && day.TookMigraineSpecificMedication),

            // outcomes.md §4.1, Pijpers; migraine criteria from diagnosis.md §3.1 and §3.2
            MigraineDayDefinition.ChronicMigraineStudyDefinition =>
                (featured && headache!.Duration >= MigraineCriteriaDuration)
                || day.Aura is { MeetsMigraineWithAuraCriteria: true }
                || (day.HasHeadache && day.TookMigraineSpecificMedication),

            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, "Unknown migraine day definition."),
        };
    }
}

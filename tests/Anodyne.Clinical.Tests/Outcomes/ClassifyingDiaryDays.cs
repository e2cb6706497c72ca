using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Clinical.Tests.Outcomes;

public class ClassifyingDiaryDays
{
    private static readonly DateOnly Date = new(2026, 3, 2);

    private const MigraineFeatures U = MigraineFeatures.Unilateral;
    private const MigraineFeatures P = MigraineFeatures.Pulsating;
    private const MigraineFeatures N = MigraineFeatures.NauseaOrVomiting;
    private const MigraineFeatures Light = MigraineFeatures.Photophobia;
    private const MigraineFeatures Sound = MigraineFeatures.Phonophobia;
    private const MigraineFeatures None = MigraineFeatures.None;

    private const AuraCharacteristics Positive = AuraCharacteristics.AtLeastOnePositiveSymptom;
    private const AuraCharacteristics OneSided = AuraCharacteristics.AtLeastOneUnilateralSymptom;
    private const AuraCharacteristics Spreading = AuraCharacteristics.SpreadGraduallyOverFiveMinutesOrMore;
    private const AuraCharacteristics InSuccession = AuraCharacteristics.TwoOrMoreSymptomsInSuccession;
    private const AuraCharacteristics NoCharacteristics = AuraCharacteristics.None;

    private const AcuteMedicationClasses Triptan = AcuteMedicationClasses.Triptan;
    private const AcuteMedicationClasses Ergot = AcuteMedicationClasses.Ergotamine;
    private const AcuteMedicationClasses Nsaid = AcuteMedicationClasses.NonOpioidAnalgesic;
    private const AcuteMedicationClasses NoMedicine = AcuteMedicationClasses.None;

    private static DiaryDay Day(
        int headacheMinutes,
        HeadacheSeverity severity,
        MigraineFeatures features,
        int auraMinutes = 0,
        AuraCharacteristics aura = NoCharacteristics,
        AcuteMedicationClasses medication = NoMedicine,
        bool believedMigraine = false,
        bool relieved = false) => new(
            Date,
            headacheMinutes == 0 ? null : new Headache(TimeSpan.FromMinutes(headacheMinutes), severity, features, believedMigraine, relieved),
            auraMinutes == 0 ? null : new Aura(TimeSpan.FromMinutes(auraMinutes), aura),
            medication,
            FunctionalImpact.None);

    [Theory]
    // moderate intensity + unilateral = 2 pain features, nausea = associated symptom; 1.3 C sets no duration
    [InlineData(60, HeadacheSeverity.Moderate, U | N, 0, NoCharacteristics, NoMedicine, false, false, true)]
    // mild and unilateral = 1 pain feature only, and photophobia without phonophobia is not a 1.1 D symptom
    [InlineData(300, HeadacheSeverity.Mild, U | Light, 0, NoCharacteristics, NoMedicine, false, false, false)]
    // mild but unilateral and pulsating = 2 pain features; photophobia with phonophobia meets 1.1 D
    [InlineData(300, HeadacheSeverity.Mild, U | P | Light | Sound, 0, NoCharacteristics, NoMedicine, false, false, true)]
    // severe = 1 pain feature only
    [InlineData(300, HeadacheSeverity.Severe, Light | Sound, 0, NoCharacteristics, NoMedicine, false, false, false)]
    // aura without headache: 20 min (5–60) + positive + unilateral = 3 of the 6 characteristics of 1.2 C
    [InlineData(0, HeadacheSeverity.Mild, None, 20, Positive | OneSided, NoMedicine, false, false, true)]
    // aura of 20 min + positive = 2 characteristics, one short of 1.2 C
    [InlineData(0, HeadacheSeverity.Mild, None, 20, Positive, NoMedicine, false, false, false)]
    // featureless headache believed to be migraine at onset and relieved by a triptan
    [InlineData(120, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Triptan, true, true, true)]
    // the same, relieved by an ergot
    [InlineData(120, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Ergot, true, true, true)]
    // the same triptan day without relief does not meet 1.3 C
    [InlineData(120, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Triptan, true, false, false)]
    // relieved by a non-opioid analgesic: 1.3 C names only triptans and ergots
    [InlineData(120, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Nsaid, true, true, false)]
    // relieved by a triptan but not believed to be migraine at onset
    [InlineData(120, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Triptan, false, true, false)]
    public void A_chronic_migraine_criterion_C_day_follows_ICHD_3_1_3_C(
        int headacheMinutes, HeadacheSeverity severity, MigraineFeatures features, int auraMinutes,
        AuraCharacteristics aura, AcuteMedicationClasses medication, bool believed, bool relieved, bool expected)
    {
        var day = Day(headacheMinutes, severity, features, auraMinutes, aura, medication, believed, relieved);

        var classification = DiaryDayClassifier.Classify(day, MigraineDayDefinition.ChronicMigraineCriterionC);

        Assert.Equal(expected, classification.IsMigraineDay);
    }

    [Theory]
    // migraine features but 3 h, short of 4 h
    [InlineData(180, HeadacheSeverity.Moderate, U | N, 0, NoCharacteristics, NoMedicine, false)]
    // migraine features for exactly 4 h
    [InlineData(240, HeadacheSeverity.Moderate, U | N, 0, NoCharacteristics, NoMedicine, true)]
    // triptan use counts even on a day without recorded headache
    [InlineData(0, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Triptan, true)]
    // aura of 20 min, no other characteristic needed
    [InlineData(0, HeadacheSeverity.Mild, None, 20, NoCharacteristics, NoMedicine, true)]
    // aura of 90 min with every other characteristic is outside 5–60 min
    [InlineData(0, HeadacheSeverity.Mild, None, 90, Positive | OneSided | Spreading | InSuccession, NoMedicine, false)]
    // a 10 h featureless headache treated with an ergot: the definition names triptan use only
    [InlineData(600, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Ergot, false)]
    public void A_day_under_the_common_trial_definition_needs_four_hours_of_features_or_a_triptan_or_a_typical_aura(
        int headacheMinutes, HeadacheSeverity severity, MigraineFeatures features, int auraMinutes,
        AuraCharacteristics aura, AcuteMedicationClasses medication, bool expected)
    {
        var day = Day(headacheMinutes, severity, features, auraMinutes, aura, medication);

        var classification = DiaryDayClassifier.Classify(day, MigraineDayDefinition.CommonTrialDefinition);

        Assert.Equal(expected, classification.IsMigraineDay);
    }

    [Theory]
    // 30 min with pulsating + moderate and nausea
    [InlineData(30, HeadacheSeverity.Moderate, P | N, 0, NoCharacteristics, NoMedicine, true)]
    // the same for 29 min
    [InlineData(29, HeadacheSeverity.Moderate, P | N, 0, NoCharacteristics, NoMedicine, false)]
    // featureless headache treated with a triptan, regardless of effect
    [InlineData(60, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Triptan, true)]
    // featureless headache treated with an ergot
    [InlineData(60, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Ergot, true)]
    // a triptan without a headache: the proposal counts headache days treated with it
    [InlineData(0, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Triptan, false)]
    // aura of 4 min is shorter than 5 min, whatever its characteristics
    [InlineData(0, HeadacheSeverity.Mild, None, 4, Positive | OneSided | Spreading | InSuccession, NoMedicine, false)]
    public void A_day_under_the_van_der_Arend_proposal_needs_thirty_minutes_of_features_or_a_typical_aura_or_a_specific_medicine(
        int headacheMinutes, HeadacheSeverity severity, MigraineFeatures features, int auraMinutes,
        AuraCharacteristics aura, AcuteMedicationClasses medication, bool expected)
    {
        var day = Day(headacheMinutes, severity, features, auraMinutes, aura, medication);

        var classification = DiaryDayClassifier.Classify(day, MigraineDayDefinition.VanDerArendProposal);

        Assert.Equal(expected, classification.IsMigraineDay);
    }

    [Theory]
    // severe, unilateral, nausea, but 3 h: ICHD-3 1.1 B needs 4 h
    [InlineData(180, HeadacheSeverity.Severe, U | N, 0, NoCharacteristics, NoMedicine, true, false)]
    // the same for 4 h
    [InlineData(240, HeadacheSeverity.Severe, U | N, 0, NoCharacteristics, NoMedicine, true, true)]
    // featureless 1 h headache treated with a triptan
    [InlineData(60, HeadacheSeverity.Mild, None, 0, NoCharacteristics, Triptan, true, true)]
    // aura only: 20 min + positive + unilateral meets 1.2 B and C
    [InlineData(0, HeadacheSeverity.Mild, None, 20, Positive | OneSided, NoMedicine, false, true)]
    // aura only: 90 min with 2 characteristics, one short of 1.2 C
    [InlineData(0, HeadacheSeverity.Mild, None, 90, Spreading | InSuccession, NoMedicine, false, false)]
    public void A_day_under_the_chronic_migraine_study_definition_meets_the_ICHD_3_criteria_or_was_treated_specifically(
        int headacheMinutes, HeadacheSeverity severity, MigraineFeatures features, int auraMinutes,
        AuraCharacteristics aura, AcuteMedicationClasses medication, bool headacheDay, bool expected)
    {
        var day = Day(headacheMinutes, severity, features, auraMinutes, aura, medication);

        var classification = DiaryDayClassifier.Classify(day, MigraineDayDefinition.ChronicMigraineStudyDefinition);

        Assert.Equal(expected, classification.IsMigraineDay);
        Assert.Equal(headacheDay, classification.IsHeadacheDay);
    }

    [Theory]
    // a 1-min mild headache is a headache day: any duration counts (Pijpers)
    [InlineData(1, HeadacheSeverity.Mild, FunctionalImpact.None, true, false, false)]
    // moderate peak: a moderate/severe day
    [InlineData(120, HeadacheSeverity.Moderate, FunctionalImpact.ReducedActivity, true, true, false)]
    // severe peak with serious impairment of daily activities: the EHF debilitating headache
    [InlineData(120, HeadacheSeverity.Severe, FunctionalImpact.SeriousImpairment, true, true, true)]
    // serious impairment on a day without headache is not a headache day of any kind
    [InlineData(0, HeadacheSeverity.Severe, FunctionalImpact.SeriousImpairment, false, false, false)]
    public void Headache_moderate_or_severe_and_debilitating_days_follow_the_notes(
        int headacheMinutes, HeadacheSeverity severity, FunctionalImpact impact,
        bool headacheDay, bool moderateOrSevereDay, bool debilitatingDay)
    {
        var day = new DiaryDay(
            Date,
            headacheMinutes == 0 ? null : new Headache(TimeSpan.FromMinutes(headacheMinutes), severity, None),
            Aura: null,
            NoMedicine,
            impact);

        var classification = DiaryDayClassifier.Classify(day, MigraineDayDefinition.ChronicMigraineCriterionC);

        Assert.Equal(headacheDay, classification.IsHeadacheDay);
        Assert.Equal(moderateOrSevereDay, classification.IsModerateOrSevereDay);
        Assert.Equal(debilitatingDay, classification.IsDebilitatingDay);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(24 * 60 + 1)]
    public void A_headache_lasting_no_time_or_longer_than_the_calendar_day_is_rejected(int minutes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new Headache(TimeSpan.FromMinutes(minutes), HeadacheSeverity.Mild, None));
    }
}

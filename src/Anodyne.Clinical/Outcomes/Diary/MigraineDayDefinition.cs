namespace Anodyne.Clinical.Outcomes.Diary;

/// <summary>
/// Which published definition decides a migraine day. outcomes.md §4.1 says no consensus definition exists,
/// so the clinic chooses one and the UI must say which (clinical README, "where sources conflict").
/// "Features" below means ICHD-3 1.1 C and D: at least 2 pain features and at least 1 associated symptom.
/// Migraine-specific medication means a triptan or an ergot, the two named in ICHD-3 1.3 C.
/// </summary>
public enum MigraineDayDefinition
{
    /// <summary>
    /// ICHD-3 1.3 C, the day that counts towards chronic migraine (diagnosis.md §3.3): a headache with the
    /// features, of any duration; or an aura meeting 1.2 B and C; or a headache believed by the patient to be
    /// migraine at onset and relieved by a triptan or ergot.
    /// </summary>
    ChronicMigraineCriterionC = 0,

    /// <summary>
    /// The commonly used trial definition (van der Arend, outcomes.md §4.1): a headache with the features lasting
    /// at least 4 h; or triptan use; or an aura of 5–60 min.
    /// </summary>
    CommonTrialDefinition = 1,

    /// <summary>
    /// The van der Arend proposal (outcomes.md §4.1): a headache of at least 30 min with the features; or an aura of
    /// 5–60 min; or a headache day treated with migraine-specific medication, whatever its effect.
    /// </summary>
    VanDerArendProposal = 2,

    /// <summary>
    /// The chronic migraine study definition (Pijpers, outcomes.md §4.1): a day meeting the migraine criteria
    /// (ICHD-3 1.1 B–D, so a headache of at least 4 h with the features, or an aura meeting 1.2 B and C),
    /// or a headache day treated with migraine-specific medication.
    /// </summary>
    ChronicMigraineStudyDefinition = 3,
}

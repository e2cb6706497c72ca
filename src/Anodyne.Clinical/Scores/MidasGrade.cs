namespace Anodyne.Clinical.Scores;

/// <summary>
/// MIDAS disability grades (clinical/outcomes.md §4.4: Stewart et al., Neurology 2001) [verified]:
/// I 0-5, II 6-10, III 11-20, IV 21 or more.
/// </summary>
public enum MidasGrade
{
    /// <summary>Grade I, total 0 to 5: little or no disability.</summary>
    LittleOrNoDisability = 1,

    /// <summary>Grade II, total 6 to 10: mild disability.</summary>
    MildDisability = 2,

    /// <summary>Grade III, total 11 to 20: moderate disability.</summary>
    ModerateDisability = 3,

    /// <summary>Grade IV, total 21 or more: severe disability.</summary>
    SevereDisability = 4,
}

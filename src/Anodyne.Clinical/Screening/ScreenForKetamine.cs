namespace Anodyne.Clinical.Screening;

/// <summary>
/// Screens a patient for contraindications and risks of IV ketamine, following the consensus guideline and the label,
/// RCHT and KetHead lists in clinical/protocols-and-safety.md §1.4, §2.2, §2.8 and §2.9. Where the notes call something
/// a contraindication the finding is Blocking; where they give no rule or threshold the physician decides (NeedsReview).
/// </summary>
public static class ScreenForKetamine
{
    public static KetamineScreeningResult Screen(ScreeningHistory history, KetamineScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);

        IEnumerable<ScreeningFinding> findings =
        [
            .. CardiovascularScreen.Check(history, options),
            .. PressureAndMentalHealthScreen.Check(history),
            .. OrganAndAllergyScreen.Check(history, options),
            .. InteractionScreen.Check(history),
        ];
        return new([.. findings.OrderByDescending(f => f.Severity)]);
    }
}

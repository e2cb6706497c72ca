namespace Anodyne.Clinical.Screening;

/// <summary>Raised intracranial or intraocular pressure, psychosis, PTSD and substance use.</summary>
internal static class PressureAndMentalHealthScreen
{
    public static IEnumerable<ScreeningFinding> Check(ScreeningHistory history)
    {
        // Consensus: grade C, avoid or only low doses with extreme caution [secondary]; RCHT lists raised ICP and IOP as
        // contraindications [verified]. The stronger wording is taken.
        if (history.RaisedIntracranialPressure)
        {
            yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.RaisedIntracranialPressure,
                "Raised intracranial pressure: a contraindication in the RCHT guideline; the consensus guideline advises avoiding ketamine or using only low doses with extreme caution.",
                $"{Sources.Rcht}; {Sources.Consensus}; {Sources.Label}");
        }

        if (history.RaisedIntraocularPressure)
        {
            yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.RaisedIntraocularPressure,
                "Raised intraocular pressure: a contraindication in the RCHT guideline; the consensus guideline advises avoiding ketamine or using only low doses with extreme caution.",
                $"{Sources.Rcht}; {Sources.Consensus}; {Sources.Label}");
        }

        if (history.Glaucoma)
        {
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.Glaucoma,
                "Glaucoma: the label advises caution and the KetHead trial excluded it; the physician decides, with the current intraocular pressure.",
                $"{Sources.Label}; {Sources.KetHead}");
        }

        switch (history.Psychosis)
        {
            case PsychosisStatus.CurrentOrPoorlyControlled:
                yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.CurrentPsychosis,
                    "Current or poorly controlled psychosis.", $"{Sources.Consensus}; {Sources.Rcht}");
                break;
            case PsychosisStatus.PastRemitted:
                // The consensus speaks of "certain poorly controlled psychoses"; nothing in the notes covers remitted psychosis.
                yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.PastPsychosis,
                    "Past psychosis, now remitted: the sources contraindicate poorly controlled psychosis only; the physician decides.",
                    $"{Sources.Consensus}; {Sources.Rcht}");
                break;
            case PsychosisStatus.None:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(history), history.Psychosis, "Not a psychosis status.");
        }

        if (history.ActivePtsd)
        {
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.ActivePtsd,
                "Active post-traumatic stress disorder: excluded from the KetHead trial; the physician decides.", Sources.KetHead);
        }

        switch (history.SubstanceUseDisorder)
        {
            case SubstanceUseStatus.Active:
                yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.ActiveSubstanceUseDisorder,
                    "Active substance use disorder: the consensus guideline advises no serial infusions.", $"{Sources.Consensus}; {Sources.KetHead}");
                break;
            case SubstanceUseStatus.InRemission:
                yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.SubstanceUseDisorderInRemission,
                    "Substance use disorder in remission: the notes give no rule; the consensus guideline asks for universal precautions for abuse monitoring. The physician decides.",
                    Sources.Consensus);
                break;
            case SubstanceUseStatus.None:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(history), history.SubstanceUseDisorder, "Not a substance use status.");
        }
    }
}

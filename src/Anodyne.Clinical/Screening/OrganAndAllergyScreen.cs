using static System.FormattableString;

namespace Anodyne.Clinical.Screening;

/// <summary>Liver, kidney, pregnancy, breastfeeding, ketamine hypersensitivity and opioid load.</summary>
internal static class OrganAndAllergyScreen
{
    public static IEnumerable<ScreeningFinding> Check(ScreeningHistory history, KetamineScreeningOptions options)
    {
        switch (history.LiverDisease)
        {
            case LiverDiseaseSeverity.Severe:
                yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.SevereLiverDisease,
                    "Severe liver disease: the consensus guideline advises avoiding ketamine.", Sources.Consensus);
                break;
            case LiverDiseaseSeverity.Moderate:
                yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.ModerateLiverDisease,
                    "Moderate liver disease: the consensus guideline advises judicious use with monitoring.", Sources.Consensus);
                break;
            case LiverDiseaseSeverity.Mild or LiverDiseaseSeverity.None:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(history), history.LiverDisease, "Not a liver disease severity.");
        }

        var enzymes = history.LatestLiverEnzymes;
        if (enzymes is null)
        {
            // Baseline and periodic liver tests (including ALP, GGT) with recurrent dosing (label via PDR) [verified].
            yield return new(FindingSeverity.Informational, ScreeningFindingCodes.LiverTestsNotRecorded,
                "No liver tests are recorded: the label asks for baseline and periodic liver function tests, including ALP and GGT, with recurrent dosing.",
                Sources.Label);
        }
        else if (enzymes.AltTimesUpperLimit > options.ReviewLiverEnzymesAboveTimesUpperLimit
            || enzymes.AstTimesUpperLimit > options.ReviewLiverEnzymesAboveTimesUpperLimit)
        {
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.LiverEnzymesAboveLimit, Invariant(
                $"ALT {enzymes.AltTimesUpperLimit} × ULN, AST {enzymes.AstTimesUpperLimit} × ULN: above {options.ReviewLiverEnzymesAboveTimesUpperLimit} × ULN, which excluded patients from the KetHead trial."),
                Sources.KetHead);
        }

        if (history.RaisedBilirubinAlpInrOrUrea)
        {
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.OtherLaboratoryValuesRaised,
                "Raised bilirubin, ALP, INR or urea: excluded from the KetHead trial; the physician decides.", Sources.KetHead);
        }

        // KetHead excluded CKD stage 4 (clinical/protocols-and-safety.md §2.8) [verified].
        if (history.ChronicKidneyDiseaseStage >= 4)
        {
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.SevereKidneyDisease, Invariant(
                $"Chronic kidney disease stage {history.ChronicKidneyDiseaseStage}: stage 4 excluded patients from the KetHead trial; the physician decides."),
                Sources.KetHead);
        }

        if (history.Pregnant)
        {
            yield return new(options.PregnancySeverity, ScreeningFindingCodes.Pregnancy,
                "Pregnancy: listed as a contraindication in some summaries of the consensus guideline (not confirmed against its text) and excluded from the KetHead trial.",
                Sources.PregnancySummaries);
        }

        if (history.Breastfeeding)
        {
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.Breastfeeding,
                "Breastfeeding: excluded from the KetHead trial; the notes give no rule, so the physician decides.", Sources.KetHead);
        }

        if (history.KetamineHypersensitivity)
        {
            yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.KetamineHypersensitivity,
                "Known hypersensitivity to ketamine or its excipients.", $"{Sources.Label}; {Sources.Rcht}");
        }

        if (history.PriorAdverseReactionToKetamine)
        {
            yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.PriorAdverseReactionToKetamine,
                "Previous adverse reaction to ketamine.", $"{Sources.Rcht}; {Sources.KetHead}");
        }

        // KetHead excluded >= 80 mg/day oral morphine equivalent (clinical/protocols-and-safety.md §2.8) [verified].
        if (history.OralMorphineEquivalentMgPerDay >= options.ReviewOralMorphineEquivalentAtOrAboveMgPerDay)
        {
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.HighOpioidDose, Invariant(
                $"Opioid {history.OralMorphineEquivalentMgPerDay} mg/day oral morphine equivalent: at or above {options.ReviewOralMorphineEquivalentAtOrAboveMgPerDay} mg/day, which excluded patients from the KetHead trial."),
                Sources.KetHead);
        }
    }
}

using static System.FormattableString;

namespace Anodyne.Clinical.Screening;

/// <summary>Blood pressure, heart, vessels, stroke, pheochromocytoma and thyroid.</summary>
internal static class CardiovascularScreen
{
    public static IEnumerable<ScreeningFinding> Check(ScreeningHistory history, KetamineScreeningOptions options)
    {
        var bp = history.LatestBloodPressure;
        if (bp is null)
        {
            // The label contraindicates ketamine where a significant rise in BP would be a serious hazard; without a
            // reading the screen cannot check it.
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.BloodPressureNotRecorded,
                "No blood pressure is recorded, so the blood pressure rules could not be checked.", Sources.Label);
        }
        else
        {
            // Do not give if SBP > 180 (clinical/protocols-and-safety.md §2.2: West J Emerg Med 2020) [verified, example].
            if (bp.SystolicMmHg > options.DoNotGiveSystolicAboveMmHg)
            {
                yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.SystolicAboveLimit, Invariant(
                    $"Blood pressure {bp}: systolic is above the clinic's do-not-give limit of {options.DoNotGiveSystolicAboveMmHg} mmHg."),
                    Sources.EdProtocol);
            }

            // And < 90 "in one protocol" (clinical/protocols-and-safety.md §2.2: SCIRP) [secondary]: review, not block.
            if (bp.SystolicMmHg < options.ReviewSystolicBelowMmHg)
            {
                yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.SystolicBelowLimit, Invariant(
                    $"Blood pressure {bp}: systolic is below {options.ReviewSystolicBelowMmHg} mmHg, a do-not-give limit in one protocol."),
                    Sources.EdProtocolLow);
            }
        }

        switch (history.Hypertension)
        {
            case HypertensionStatus.Uncontrolled:
                // Label example of a contraindication; consensus: poorly controlled CV disease; RCHT: severe hypertension.
                yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.UncontrolledHypertension,
                    "Uncontrolled hypertension: ketamine raises blood pressure, and the label contraindicates it where a significant rise would be a serious hazard.",
                    $"{Sources.Label}; {Sources.Consensus}; {Sources.Rcht}");
                break;
            case HypertensionStatus.Controlled:
                // No threshold in the notes for when controlled hypertension makes the rise a serious hazard.
                yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.ControlledHypertension,
                    "Controlled hypertension: ketamine raises blood pressure and pulse (15-30% in one study); the physician judges whether a rise would be a serious hazard.",
                    $"{Sources.Label}; {Sources.Haemodynamics}");
                break;
            case HypertensionStatus.None:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(history), history.Hypertension, "Not a hypertension status.");
        }

        if (history.UnstableOrPoorlyControlledCardiacDisease)
        {
            yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.UnstableCardiacDisease,
                "Unstable or poorly controlled cardiovascular disease.", $"{Sources.Consensus}; {Sources.Rcht}");
        }

        if (history.IschaemicHeartDisease)
        {
            yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.IschaemicHeartDisease,
                "Known ischaemic heart disease is listed as a contraindication.", Sources.Rcht);
        }

        if (history.PoorVentricularFunction)
        {
            // Label: caution; KetHead: excluded severe cardiac decompensation. Neither sets a rule: physician decides.
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.PoorVentricularFunction,
                "Poor ventricular function or cardiac decompensation: the label advises caution.", $"{Sources.Label}; {Sources.KetHead}");
        }

        if (history.Aneurysm)
        {
            yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.Aneurysm,
                "Aneurysm: the label names it as an example where a rise in blood pressure would be a serious hazard.", Sources.Label);
        }

        if (history.PriorStroke)
        {
            yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.PriorStroke,
                "History of stroke: the label names it as an example where a rise in blood pressure would be a serious hazard.",
                $"{Sources.Label}; {Sources.KetHead}");
        }

        if (history.Pheochromocytoma)
        {
            yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.Pheochromocytoma,
                "Pheochromocytoma: excluded from the KetHead trial; the notes give no rule, so the physician decides.", Sources.KetHead);
        }

        switch (history.Thyroid)
        {
            case ThyroidStatus.Thyrotoxicosis:
                yield return new(FindingSeverity.Blocking, ScreeningFindingCodes.Thyrotoxicosis,
                    "Thyrotoxicosis: the label names it as an example where a rise in blood pressure would be a serious hazard.",
                    $"{Sources.Label}; {Sources.KetHead}");
                break;
            case ThyroidStatus.TreatedHyperthyroidism:
                yield return new(FindingSeverity.NeedsReview, ScreeningFindingCodes.Hyperthyroidism,
                    "Treated hyperthyroidism: excluded from the KetHead trial; the notes give no rule for treated disease, so the physician decides.",
                    Sources.KetHead);
                break;
            case ThyroidStatus.NoHyperthyroidism:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(history), history.Thyroid, "Not a thyroid status.");
        }
    }
}

using Anodyne.Clinical.Diagnosis;
using Anodyne.Clinical.Screening;

namespace Anodyne.Clinical.Eligibility;

/// <summary>
/// What the eligibility proposal looks at. A missing part (no headache history, no screen, no baseline) is null or
/// false, and the proposal then asks for review instead of guessing.
/// </summary>
/// <param name="Diagnosis">The ICHD-3 classification of the latest headache history, or null when none was taken.</param>
/// <param name="Resistance">The EHF 2020 classification, or null when there is no headache history.</param>
/// <param name="Screen">The latest ketamine contraindication screen, or null when none was done.</param>
/// <param name="HasHit6Baseline">A HIT-6 was recorded before treatment.</param>
/// <param name="HasMidasBaseline">A MIDAS was recorded before treatment.</param>
public sealed record EligibilityEvidence(
    HeadacheClassification? Diagnosis,
    MigraineResistanceAssessment? Resistance,
    KetamineScreeningResult? Screen,
    bool HasHit6Baseline,
    bool HasMidasBaseline);

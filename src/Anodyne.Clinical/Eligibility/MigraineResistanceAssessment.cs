using Anodyne.Clinical.Diagnosis;

namespace Anodyne.Clinical.Eligibility;

/// <summary>The EHF 2020 classification with every criterion for both definitions and the review of every preventive trial.</summary>
/// <param name="Classification">Refractory, resistant, or neither.</param>
/// <param name="ResistantCriteria">The criteria of resistant migraine, met or not.</param>
/// <param name="RefractoryCriteria">The criteria of refractory migraine, met or not.</param>
/// <param name="TrialReviews">Each preventive trial and whether it counts as a failure.</param>
/// <param name="FailedClasses">The classes with at least one failed trial.</param>
public sealed record MigraineResistanceAssessment(
    MigraineResistance Classification,
    IReadOnlyList<CriterionAssessment> ResistantCriteria,
    IReadOnlyList<CriterionAssessment> RefractoryCriteria,
    IReadOnlyList<PreventiveTrialReview> TrialReviews,
    IReadOnlySet<PreventiveClass> FailedClasses);

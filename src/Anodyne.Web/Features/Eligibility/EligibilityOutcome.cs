namespace Anodyne.Web.Features.Eligibility;

/// <summary>Whether a patient may receive ketamine infusions, as proposed by the rules or decided by a physician.</summary>
public enum EligibilityOutcome
{
    Eligible,
    NeedsReview,
    NotEligible,
}

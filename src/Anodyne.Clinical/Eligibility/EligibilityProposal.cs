namespace Anodyne.Clinical.Eligibility;

/// <summary>What the rules propose about giving IV ketamine, before a physician confirms or overrides it.</summary>
public enum ProposedEligibility
{
    Eligible = 1,
    NeedsReview = 2,
    NotEligible = 3,
}

/// <summary>One reason behind a proposal: what it points to, the rule it comes from, and why.</summary>
/// <param name="PointsTo">The outcome this reason alone would lead to.</param>
/// <param name="Rule">The rule and its source, e.g. "ICHD-3 1.3 (clinical/diagnosis.md §3.3)".</param>
/// <param name="Explanation">What was found, in words a physician can check.</param>
public sealed record EligibilityReason(ProposedEligibility PointsTo, string Rule, string Explanation)
{
    public override string ToString() => $"{Rule}: {Explanation}";
}

/// <summary>The proposal: the most restrictive outcome any reason points to, with every reason, most restrictive first.</summary>
public sealed record EligibilityProposal(ProposedEligibility Outcome, IReadOnlyList<EligibilityReason> Reasons);

namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>Where each controlled-substance rule comes from.</summary>
internal static class Sources
{
    public const string Vials = "clinical/controlled-substances.md: Ketalar label via InpharmD, 10/50/100 mg/mL vials [verified]";
    public const string ContinuingRecords = "clinical/controlled-substances.md: 21 CFR 1304.21(a)(b)(d), complete and current record of each substance received and disposed of [verified]";
    public const string TheftOrLoss = "clinical/controlled-substances.md: 21 CFR 1301.76(b), notify DEA within one business day and complete DEA Form 106 [verified]";
    public const string Wastage = "clinical/controlled-substances.md: wastage recorded and kept in custody (79 FR 53520); second-person witness is a state/institutional requirement [unverified]";
    public const string Retention = "clinical/controlled-substances.md: 21 CFR 1304.04(a), records kept at least 2 years [verified]";
}

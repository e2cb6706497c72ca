namespace Anodyne.Clinical.Diagnosis;

/// <summary>Criteria shared by several ICHD-3 diagnoses.</summary>
internal static class CommonCriteria
{
    // Every ICHD-3 diagnosis ends "not better accounted for by another ICHD-3 diagnosis"
    // (clinical/diagnosis.md §3.1 E, §3.2 D, §3.3 D, §3.4 C) [verified]. Only the physician can judge it.
    public static CriterionAssessment NotBetterAccountedFor(string criterion, HeadacheHistory history, string? note = null)
    {
        var judgement = history.BetterAccountedForByAnotherDiagnosis
            ? "The physician has recorded that another ICHD-3 diagnosis accounts better for the headache."
            : "The physician has recorded that no other ICHD-3 diagnosis accounts better for the headache.";
        return new(criterion, !history.BetterAccountedForByAnotherDiagnosis, note is null ? judgement : $"{judgement} {note}");
    }

    // ">3 months" (clinical/diagnosis.md §3.3 A and C, §3.4 B) [verified]: whole months, so 4 or more.
    public static bool MoreThanThreeMonths(int months) => months > 3;
}

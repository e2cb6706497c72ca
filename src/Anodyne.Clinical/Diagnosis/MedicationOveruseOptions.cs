namespace Anodyne.Clinical.Diagnosis;

/// <summary>Clinic settings for medication-overuse headache.</summary>
/// <param name="MultipleClassesTotalDaysPerMonth">
/// Days per month, in total, of several acute classes (none overused alone) that make 8.2.6. The value 10 comes from
/// the JNNP table of revised criteria; the ICHD-3 text was not retrieved, so it is tagged unverified
/// (clinical/diagnosis.md §3.4) and is a clinic setting (clinical/README.md). 10 is the only value the notes give and
/// is also the lowest threshold of any 8.2 subtype, so it flags overuse at least as readily as any other rule.
/// </param>
public sealed record MedicationOveruseOptions(int MultipleClassesTotalDaysPerMonth = 10)
{
    public static MedicationOveruseOptions Default { get; } = new();

    public int MultipleClassesTotalDaysPerMonth { get; } = MultipleClassesTotalDaysPerMonth is >= 1 and <= AcuteMedicationUse.MostDaysInAMonth
        ? MultipleClassesTotalDaysPerMonth
        : throw new ArgumentOutOfRangeException(
            nameof(MultipleClassesTotalDaysPerMonth), MultipleClassesTotalDaysPerMonth, "A days-per-month threshold must be 1 to 31.");
}

using static System.FormattableString;

namespace Anodyne.Clinical.Diagnosis;

/// <summary>A patient's headache history as the physician takes it at intake, in the terms ICHD-3 uses.</summary>
/// <param name="AgeYears">Age at assessment; attacks may be shorter under 18 (ICHD-3 1.1 B).</param>
/// <param name="WithoutAura">Attacks without aura, or null if the patient has none.</param>
/// <param name="WithAura">Attacks with aura, or null if the patient has none.</param>
/// <param name="HeadacheDaysPerMonth">Days per month with headache of any kind (tension-type-like and/or migraine-like).</param>
/// <param name="MigraineLikeDaysPerMonth">
/// Days per month whose headache has migraine features (1.1 C and D, or 1.2 B and C), or which the patient believed
/// to be migraine at onset and which a triptan or ergot relieved (ICHD-3 1.3 C).
/// </param>
/// <param name="MonthsAtCurrentFrequency">Months the headache-day and migraine-like-day counts above have held.</param>
/// <param name="HasPreExistingHeadacheDisorder">The patient had a headache disorder before any medication overuse (ICHD-3 8.2 A).</param>
/// <param name="AcuteMedication">Regular acute-medication use.</param>
/// <param name="BetterAccountedForByAnotherDiagnosis">
/// The physician's judgement that another ICHD-3 diagnosis accounts better for the headache (the last criterion of
/// every ICHD-3 diagnosis). Software cannot decide this.
/// </param>
public sealed record HeadacheHistory(
    int AgeYears,
    AttacksWithoutAura? WithoutAura,
    AttacksWithAura? WithAura,
    int HeadacheDaysPerMonth,
    int MigraineLikeDaysPerMonth,
    int MonthsAtCurrentFrequency,
    bool HasPreExistingHeadacheDisorder,
    AcuteMedicationUse AcuteMedication,
    bool BetterAccountedForByAnotherDiagnosis)
{
    public int AgeYears { get; } = AgeYears >= 0
        ? AgeYears
        : throw new ArgumentOutOfRangeException(nameof(AgeYears), AgeYears, "Age cannot be negative.");

    public int HeadacheDaysPerMonth { get; } = DaysInMonth(HeadacheDaysPerMonth, nameof(HeadacheDaysPerMonth));

    public int MigraineLikeDaysPerMonth { get; } = MigraineLikeDaysPerMonth <= HeadacheDaysPerMonth
        ? DaysInMonth(MigraineLikeDaysPerMonth, nameof(MigraineLikeDaysPerMonth))
        : throw new ArgumentException(
            Invariant($"Migraine-like days ({MigraineLikeDaysPerMonth}) are headache days, so they cannot exceed headache days ({HeadacheDaysPerMonth})."),
            nameof(MigraineLikeDaysPerMonth));

    public int MonthsAtCurrentFrequency { get; } = MonthsAtCurrentFrequency >= 0
        ? MonthsAtCurrentFrequency
        : throw new ArgumentOutOfRangeException(nameof(MonthsAtCurrentFrequency), MonthsAtCurrentFrequency, "Months cannot be negative.");

    public AcuteMedicationUse AcuteMedication { get; } = AcuteMedication ?? throw new ArgumentNullException(nameof(AcuteMedication));

    private static int DaysInMonth(int days, string parameter) => days is >= 0 and <= AcuteMedicationUse.MostDaysInAMonth
        ? days
        : throw new ArgumentOutOfRangeException(parameter, days, Invariant($"Days per month must be 0 to {AcuteMedicationUse.MostDaysInAMonth}."));
}

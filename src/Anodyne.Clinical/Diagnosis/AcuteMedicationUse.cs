using static System.FormattableString;

namespace Anodyne.Clinical.Diagnosis;

/// <summary>
/// The patient's regular acute-medication use: days per month on which each class is taken, days per month on which
/// any acute medication is taken (a day with two classes counts once), and for how many months this has gone on.
/// </summary>
/// <param name="DaysPerMonthByClass">Days per month on which each class is taken; classes not listed are not taken.</param>
/// <param name="DaysWithAnyAcuteMedicationPerMonth">Days per month on which any acute medication is taken.</param>
/// <param name="MonthsOfRegularUse">Months the use has been at this level.</param>
/// <param name="UseCannotBeReliablyEstablished">
/// The identity, quantity and/or pattern of use of the classes cannot be reliably established (ICHD-3 8.2.7).
/// </param>
public sealed record AcuteMedicationUse(
    IReadOnlyDictionary<AcuteMedicationClass, int> DaysPerMonthByClass,
    int DaysWithAnyAcuteMedicationPerMonth,
    int MonthsOfRegularUse,
    bool UseCannotBeReliablyEstablished)
{
    // A month has at most 31 days [derived].
    public const int MostDaysInAMonth = 31;

    public static AcuteMedicationUse None { get; } = new(new Dictionary<AcuteMedicationClass, int>(), 0, 0, false);

    public IReadOnlyDictionary<AcuteMedicationClass, int> DaysPerMonthByClass { get; } = ValidClassDays(DaysPerMonthByClass, nameof(DaysPerMonthByClass));

    public int DaysWithAnyAcuteMedicationPerMonth { get; } =
        ValidTotal(DaysWithAnyAcuteMedicationPerMonth, DaysPerMonthByClass, UseCannotBeReliablyEstablished, nameof(DaysWithAnyAcuteMedicationPerMonth));

    public int MonthsOfRegularUse { get; } = MonthsOfRegularUse >= 0
        ? MonthsOfRegularUse
        : throw new ArgumentOutOfRangeException(nameof(MonthsOfRegularUse), MonthsOfRegularUse, "Months of use cannot be negative.");

    /// <summary>Days per month for one class; 0 when the class is not taken.</summary>
    public int DaysPerMonth(AcuteMedicationClass medicationClass) =>
        DaysPerMonthByClass.TryGetValue(medicationClass, out var days) ? days : 0;

    /// <summary>The classes taken on at least one day a month.</summary>
    public IReadOnlyList<AcuteMedicationClass> ClassesTaken =>
        [.. DaysPerMonthByClass.Where(d => d.Value > 0).Select(d => d.Key).Order()];

    private static Dictionary<AcuteMedicationClass, int> ValidClassDays(IReadOnlyDictionary<AcuteMedicationClass, int> byClass, string parameter)
    {
        ArgumentNullException.ThrowIfNull(byClass, parameter);
        foreach (var (medicationClass, days) in byClass)
        {
            if (!Enum.IsDefined(medicationClass))
            {
                throw new ArgumentException(Invariant($"{(int)medicationClass} is not an acute medication class."), parameter);
            }

            if (days is < 0 or > MostDaysInAMonth)
            {
                throw new ArgumentOutOfRangeException(
                    parameter, days, Invariant($"{medicationClass} days per month must be 0 to {MostDaysInAMonth}."));
            }
        }

        return new Dictionary<AcuteMedicationClass, int>(byClass);
    }

    private static int ValidTotal(int total, IReadOnlyDictionary<AcuteMedicationClass, int> byClass, bool unverified, string parameter)
    {
        if (total is < 0 or > MostDaysInAMonth)
        {
            throw new ArgumentOutOfRangeException(
                parameter, total, Invariant($"Days with any acute medication per month must be 0 to {MostDaysInAMonth}."));
        }

        var busiestClass = byClass.Values.DefaultIfEmpty(0).Max();
        if (total < busiestClass)
        {
            throw new ArgumentException(
                Invariant($"Days with any acute medication ({total}) cannot be fewer than the days of a single class ({busiestClass})."),
                parameter);
        }

        var sumOfClasses = byClass.Values.Sum();
        if (!unverified && total > sumOfClasses)
        {
            throw new ArgumentException(
                Invariant($"Days with any acute medication ({total}) cannot exceed the class days added together ({sumOfClasses}) when the use is known."),
                parameter);
        }

        return total;
    }
}

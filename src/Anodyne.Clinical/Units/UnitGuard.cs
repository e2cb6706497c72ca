namespace Anodyne.Clinical.Units;

/// <summary>
/// Guards shared by the unit types. The upper bounds are representation checks that catch typing and unit
/// errors (grams for milligrams, pounds for kilograms); they are not clinical limits. Clinical limits are
/// clinic settings checked by <c>Dosing.DoseLimitCheck</c>.
/// </summary>
internal static class UnitGuard
{
    internal static decimal NonNegative(decimal value, decimal maximum, string parameterName)
    {
        if (value < 0m || value > maximum)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"Must be between 0 and {maximum.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    internal static decimal Positive(decimal value, decimal maximum, string parameterName)
    {
        if (value <= 0m || value > maximum)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"Must be above 0 and at most {maximum.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    /// <summary>Converts a double to decimal, rejecting NaN, infinities and values beyond <paramref name="maximum"/>.</summary>
    internal static decimal ToDecimal(double value, decimal maximum, string parameterName)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0d || value > (double)maximum)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, "Must be a finite, non-negative number within range.");
        }

        return (decimal)value;
    }
}

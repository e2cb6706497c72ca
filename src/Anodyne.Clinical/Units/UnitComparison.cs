namespace Anodyne.Clinical.Units;

/// <summary>Null-safe ordering used by the comparison operators of the unit types (null sorts first).</summary>
internal static class UnitComparison
{
    internal static int Compare<T>(T? left, T? right)
        where T : class, IComparable<T> =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}

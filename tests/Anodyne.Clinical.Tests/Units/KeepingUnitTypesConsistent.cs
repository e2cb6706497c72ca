using System.Reflection;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Units;

public class KeepingUnitTypesConsistent
{
    public static TheoryData<Type> UnitTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Mass).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Mass).Namespace)
            .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_unit_folder_holds_the_seven_quantities()
    {
        Assert.Equal(
            ["BodyWeight", "Concentration", "InfusionRate", "Mass", "Volume", "WeightBasedDose", "WeightBasedRate"],
            UnitTypes().Select(row => row.Data.Name).ToArray());
    }

    [Theory]
    [MemberData(nameof(UnitTypes))]
    public void Each_unit_type_is_sealed_and_immutable(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} is not sealed");
        var writableFields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(f => !f.IsInitOnly);
        Assert.Empty(writableFields);
        var settableProperties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(p => p.SetMethod is not null);
        Assert.Empty(settableProperties);
    }

    [Theory]
    [MemberData(nameof(UnitTypes))]
    public void Each_unit_type_has_equality_and_ordering_operators(Type type)
    {
        foreach (var op in new[] { "op_Equality", "op_Inequality", "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" })
        {
            Assert.NotNull(type.GetMethod(op, BindingFlags.Public | BindingFlags.Static));
        }

        Assert.Contains(typeof(IComparable<>).MakeGenericType(type), type.GetInterfaces());
    }

    [Theory]
    [MemberData(nameof(UnitTypes))]
    public void Each_unit_type_rejects_nan_infinity_and_negative_doubles(Type type)
    {
        var fromDouble = Assert.Single(type.GetMethods(BindingFlags.Public | BindingFlags.Static),
            m => m.ReturnType == type && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(double));

        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1d, -0.001d, 1e30 })
        {
            var thrown = Assert.Throws<TargetInvocationException>(() => fromDouble.Invoke(null, [bad]));
            Assert.IsType<ArgumentOutOfRangeException>(thrown.InnerException);
        }
    }

    [Theory]
    [MemberData(nameof(UnitTypes))]
    public void Each_unit_type_rejects_negative_and_absurd_decimals(Type type)
    {
        var constructor = Assert.Single(type.GetConstructors(), c => c.GetParameters() is [{ ParameterType: var p }] && p == typeof(decimal));
        var maximum = (decimal)type.GetFields(BindingFlags.Public | BindingFlags.Static).Single(f => f.FieldType == typeof(decimal) && f.Name.StartsWith("Maximum", StringComparison.Ordinal)).GetValue(null)!;

        foreach (var bad in new[] { -1m, -0.0001m, maximum + 1m, decimal.MaxValue })
        {
            var thrown = Assert.Throws<TargetInvocationException>(() => constructor.Invoke([bad]));
            Assert.IsType<ArgumentOutOfRangeException>(thrown.InnerException);
        }

        Assert.NotNull(constructor.Invoke([maximum]));
    }
}

using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Dosing;

public class ChoosingTheDosingWeight
{
    [Fact]
    public void Actual_weight_is_the_measured_weight()
    {
        var result = DosingWeights.Calculate(DosingWeightRule.Actual, new BodyWeight(82.4m), null, null);

        Assert.Equal(82.4m, result.Weight!.Weight.Kilograms);
        Assert.Equal("actual weight 82.4 kg", result.Weight.Formula);
    }

    [Fact]
    public void Ideal_weight_of_a_man_of_180_cm_is_74_9_kg()
    {
        // 180 cm / 2.54 = 70.866 in; 10.866 in over 5 ft x 2.3 kg = 24.992 kg; 50 + 24.992 = 74.992, rounded down to 74.9 kg
        var result = DosingWeights.Calculate(DosingWeightRule.Ideal, new BodyWeight(100m), 180m, DosingSex.Male);

        Assert.Equal(74.9m, result.Weight!.Weight.Kilograms);
        Assert.Contains("= 74.9 kg", result.Weight.Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjusted_weight_adds_four_tenths_of_the_excess_over_ideal()
    {
        // ideal 74.9 kg (above); 74.9 + 0.4 x (100 - 74.9) = 74.9 + 10.04 = 84.94, rounded down to 84.9 kg
        var result = DosingWeights.Calculate(DosingWeightRule.Adjusted, new BodyWeight(100m), 180m, DosingSex.Male);

        Assert.Equal(84.9m, result.Weight!.Weight.Kilograms);
        Assert.Contains("adjusted 74.9 + 0.4 x (100 - 74.9) = 84.9 kg", result.Weight.Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void A_woman_lighter_than_her_ideal_weight_is_dosed_on_her_actual_weight()
    {
        // 165 cm / 2.54 = 64.961 in; 4.961 x 2.3 = 11.410; 45.5 + 11.410 = 56.9 kg; she weighs 50 kg, so 50 kg (the lower dose)
        var result = DosingWeights.Calculate(DosingWeightRule.Ideal, new BodyWeight(50m), 165m, DosingSex.Female);

        Assert.Equal(50m, result.Weight!.Weight.Kilograms);
        Assert.Contains("actual weight 50 kg is not above it", result.Weight.Formula, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Male", "heightCm", "needs the patient's height")]
    [InlineData("150", "Male", "heightCm", "starts at 5 ft")]
    [InlineData("1.8", "Male", "heightCm", "between 50 and 272 cm")]
    [InlineData("170", null, "sex", "female and male only")]
    public void Ideal_weight_without_a_usable_height_or_sex_is_blocked_with_a_message(string? heightCm, string? sex, string field, string message)
    {
        var result = DosingWeights.Calculate(DosingWeightRule.Adjusted, new BodyWeight(90m),
            heightCm is null ? null : ClinicalValues.Dec(heightCm), sex is null ? null : Enum.Parse<DosingSex>(sex));

        Assert.Null(result.Weight);
        Assert.Equal(field, result.Problem!.Field);
        Assert.Contains(message, result.Problem.Message, StringComparison.Ordinal);
    }
}

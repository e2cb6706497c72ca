using Anodyne.Clinical.Scores;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Scores;

public sealed class WorkingOutBodyMassIndex
{
    [Theory]
    [InlineData(70, 175, 22.9)] // 70 / 1.75^2 = 22.857
    [InlineData(100, 200, 25.0)] // 100 / 4 = 25
    [InlineData(58.5, 162, 22.3)] // 58.5 / 2.6244 = 22.29
    public void Weight_over_height_in_metres_squared_to_one_decimal(double kilograms, double heightCm, double expected)
    {
        Assert.Equal((decimal)expected, BodyMassIndex.Calculate(new BodyWeight((decimal)kilograms), (decimal)heightCm));
    }

    [Theory]
    [InlineData(29.9)]
    [InlineData(280.1)]
    public void An_impossible_height_is_refused(double heightCm)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BodyMassIndex.Calculate(new BodyWeight(70m), (decimal)heightCm));
    }
}

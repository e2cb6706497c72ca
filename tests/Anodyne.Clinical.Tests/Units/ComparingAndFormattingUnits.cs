using System.Globalization;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Units;

public class ComparingAndFormattingUnits
{
    [Fact]
    public void Equal_amounts_written_with_different_precision_are_equal()
    {
        Assert.Equal(new Mass(7m), new Mass(7.000m));
        Assert.True(new Mass(7m) == new Mass(7.000m));
        Assert.Equal(new Mass(7m).GetHashCode(), new Mass(7.000m).GetHashCode());
    }

    [Fact]
    public void Quantities_order_by_value()
    {
        Assert.True(new WeightBasedRate(0.76m) < new WeightBasedRate(1m));
        Assert.True(new WeightBasedRate(1m) >= new WeightBasedRate(1.0m));
        Assert.True(new BodyWeight(85.8m) > new BodyWeight(70m));
        Assert.True(new Concentration(1m) <= new Concentration(5m));
        Assert.Equal(-1, new Volume(1m).CompareTo(new Volume(2m)));
        Assert.Equal(1, new Volume(1m).CompareTo(null));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public void Quantities_format_the_same_in_every_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);

            Assert.Equal("0.1 mg/kg/h", new WeightBasedRate(0.100m).ToString());
            Assert.Equal("65.2 mg/h", new InfusionRate(65.2m).ToString());
            Assert.Equal("85.8 kg", new BodyWeight(85.8m).ToString());
            Assert.Equal("1500 mg", new Mass(1500m).ToString());
            Assert.Equal("0.5 mg/kg", new WeightBasedDose(0.5m).ToString());
            Assert.Equal("20 mL", new Volume(20m).ToString());
            Assert.Equal("0.000185 mg/mL", Concentration.FromNanogramsPerMillilitre(185m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_body_weight_of_zero_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BodyWeight(0m));
    }

    [Fact]
    public void A_weight_entered_in_grams_is_rejected_as_absurd()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BodyWeight(70_000m));
    }
}

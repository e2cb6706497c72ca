using Anodyne.Clinical.Pharmacokinetics;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Pharmacokinetics;

public class ClassifyingConcentrations
{
    [Theory]
    // pharmacokinetics.md 6.3: analgesia 70-160 ng/mL [Zanos 2018]
    [InlineData("69.9", ConcentrationBand.BelowAnalgesic)]
    [InlineData("70", ConcentrationBand.Analgesic)]
    // stanpumpR typical therapeutic 0.12 µg/mL is also inside the dissociation range 100-250 [Zanos citing Krystal]
    [InlineData("99", ConcentrationBand.Analgesic)]
    [InlineData("100", ConcentrationBand.Dissociative)]
    [InlineData("120", ConcentrationBand.Dissociative)]
    // Långsjö 2005 subanaesthetic S-ketamine measured 159 ng/mL
    [InlineData("159", ConcentrationBand.Dissociative)]
    // antidepressant ~185 ng/mL [Zanos citing Zarate 2006]
    [InlineData("185", ConcentrationBand.Dissociative)]
    [InlineData("250", ConcentrationBand.Dissociative)]
    [InlineData("251", ConcentrationBand.AboveDissociative)]
    // recovery from anaesthesia at ~640 ng/mL [Idvall 1979]: the conservative anaesthetic threshold
    [InlineData("639", ConcentrationBand.AboveDissociative)]
    [InlineData("640", ConcentrationBand.Anaesthetic)]
    // general anaesthesia 1,200-2,400 ng/mL [Zanos 2018]; Långsjö anaesthetic 1,959 ng/mL
    [InlineData("1959", ConcentrationBand.Anaesthetic)]
    public void Plasma_levels_fall_into_the_bands_in_the_notes(string ngPerMl, ConcentrationBand expected)
    {
        var level = Concentration.FromNanogramsPerMillilitre(decimal.Parse(ngPerMl, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, ConcentrationBands.Published.Classify(level));
    }

    [Fact]
    public void A_clinic_may_set_the_anaesthetic_threshold_to_the_general_anaesthesia_range()
    {
        var bands = new ConcentrationBands(
            Concentration.FromNanogramsPerMillilitre(70m), Concentration.FromNanogramsPerMillilitre(100m),
            Concentration.FromNanogramsPerMillilitre(250m), Concentration.FromNanogramsPerMillilitre(1200m));

        Assert.Equal(ConcentrationBand.AboveDissociative, bands.Classify(Concentration.FromNanogramsPerMillilitre(640m)));
    }

    [Fact]
    public void Thresholds_out_of_order_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConcentrationBands(
            Concentration.FromNanogramsPerMillilitre(100m), Concentration.FromNanogramsPerMillilitre(70m),
            Concentration.FromNanogramsPerMillilitre(250m), Concentration.FromNanogramsPerMillilitre(640m)));
    }
}

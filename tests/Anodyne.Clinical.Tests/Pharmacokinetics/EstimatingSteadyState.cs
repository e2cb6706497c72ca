using Anodyne.Clinical.Pharmacokinetics;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Pharmacokinetics;

public class EstimatingSteadyState
{
    private static readonly BodyWeight SeventyKilograms = new(70m);

    [Theory]
    // pharmacokinetics.md 6.3 table [derived]: Css = rate / CL; Domino CL 1.66 L/kg/h, meta-analysis CL 1.13 L/kg/h [Kamp 2020]
    [InlineData("0.1", 60, 89)]
    [InlineData("0.2", 121, 177)]
    [InlineData("0.3", 181, 266)]
    [InlineData("0.5", 302, 443)]
    // Schwenk 2018 mean maximum rate
    [InlineData("0.76", 459, 673)]
    [InlineData("1", 604, 886)]
    public void Steady_state_matches_the_table_in_the_notes(string mgPerKgPerHour, double dominoNgPerMl, double metaAnalysisNgPerMl)
    {
        var rate = new WeightBasedRate(decimal.Parse(mgPerKgPerHour, System.Globalization.CultureInfo.InvariantCulture)).ForWeight(SeventyKilograms);

        var domino = SteadyStateConcentration.EstimateWithModel(rate, KetamineModels.Domino1984(SeventyKilograms));
        var metaAnalysis = SteadyStateConcentration.EstimateWithMetaAnalysisClearance(rate, SeventyKilograms);

        // the notes round to whole ng/mL
        Assert.Equal(dominoNgPerMl, (double)domino.NanogramsPerMillilitre, 1.0);
        Assert.Equal(metaAnalysisNgPerMl, (double)metaAnalysis.NanogramsPerMillilitre, 1.0);
    }
}

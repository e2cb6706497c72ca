using Anodyne.Clinical.Pharmacokinetics;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Pharmacokinetics;

public class DescribingKetamineModels
{
    private static readonly BodyWeight SeventyKilograms = new(70m);

    [Fact]
    public void Domino_at_70_kg_has_the_volumes_and_clearance_derived_in_the_notes()
    {
        // pharmacokinetics.md 6.1 [derived]: V1 4.41 L, V2 10.6 L, V3 178 L (Vss ~193 L); CL 1.93 L/min (~116 L/h)
        var domino = KetamineModels.Domino1984(SeventyKilograms);

        Assert.Equal(4.41, domino.CentralVolumeLitres, 0.005);
        Assert.Equal(10.6, domino.SecondVolumeLitres, 0.05);
        Assert.Equal(178, domino.ThirdVolumeLitres, 0.5);
        Assert.Equal(193, domino.SteadyStateVolumeLitres, 0.5);
        Assert.Equal(1.93, domino.ClearanceLitresPerMinute, 0.005);
        Assert.Equal(116, domino.ClearanceLitresPerHour, 0.5);
    }

    [Theory]
    // pharmacokinetics.md 6.1 [derived]: Clements250 V1 123 L, V2 167 L, CL 1.34 L/min at 70 kg
    [InlineData("Clements", 123, 167, 1.34)]
    // pharmacokinetics.md 6.1 [derived]: Hijazi V1 76 L, V2 222 L, CL 2.52 L/min at 70 kg
    [InlineData("Hijazi", 76, 222, 2.52)]
    public void Two_compartment_models_at_70_kg_have_the_volumes_derived_in_the_notes(string model, double v1, double v2, double clearancePerMinute)
    {
        var m = model == "Clements" ? KetamineModels.Clements1981(SeventyKilograms) : KetamineModels.Hijazi2003(SeventyKilograms);

        Assert.Equal(v1, m.CentralVolumeLitres, 0.6);
        Assert.Equal(v2, m.SecondVolumeLitres, 0.6);
        Assert.Equal(clearancePerMinute, m.ClearanceLitresPerMinute, 0.006);
        Assert.Equal(0, m.ThirdVolumeLitres);
    }

    [Theory]
    // pharmacokinetics.md 6.1: Herd 2007 V1 38.7 L, V2 102 L, CL 90 L/h at 70 kg
    [InlineData("Herd", "70", 38.7, 102, 90)]
    // Hornik 2018 V1 32.8 L, V2 152 L, CL 38.9 L/h at 70 kg
    [InlineData("Hornik", "70", 32.8, 152, 38.9)]
    // Herd at 17.5 kg: volumes x 1/4, clearance x (1/4)^0.75 = 0.3536 -> 31.8 L/h
    [InlineData("Herd", "17.5", 9.675, 25.5, 31.82)]
    public void Paediatric_models_scale_volumes_by_weight_and_clearance_by_weight_to_the_three_quarters(string model, string kg, double v1, double v2, double clearancePerHour)
    {
        var weight = new BodyWeight(decimal.Parse(kg, System.Globalization.CultureInfo.InvariantCulture));
        var m = model == "Herd" ? KetamineModels.Herd2007(weight) : KetamineModels.Hornik2018(weight);

        Assert.Equal(v1, m.CentralVolumeLitres, 0.01);
        Assert.Equal(v2, m.SecondVolumeLitres, 0.01);
        Assert.Equal(clearancePerHour, m.ClearanceLitresPerHour, 0.01);
        Assert.Null(m.Ke0);
    }

    [Fact]
    public void Domino_takes_ke0_as_a_setting_and_can_run_without_one()
    {
        Assert.Equal(0.652, KetamineModels.Domino1984(SeventyKilograms).Ke0);
        Assert.Null(KetamineModels.Domino1984(SeventyKilograms, ke0PerMinute: null).Ke0);
    }

    [Fact]
    public void A_model_with_a_nan_rate_constant_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PharmacokineticModel("bad", 4.41, double.NaN, 0, 0, 0, 0, null));
    }
}

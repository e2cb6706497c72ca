using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Units;

public class ConvertingUnits
{
    [Theory]
    // protocols-and-safety.md 1.1: Jefferson start rate 0.1 mg/kg/h [Lauritsen 2016]; 70 kg -> 7 mg/h
    [InlineData("0.1", "70", "7")]
    // protocols-and-safety.md 1.1: soft upper limit 1 mg/kg/h [Rangavajjula 2017]; 70 kg -> 70 mg/h
    [InlineData("1", "70", "70")]
    // protocols-and-safety.md 1.1: mean rate at target 0.34 mg/kg/h [Lauritsen 2016]; 70 kg -> 23.8 mg/h
    [InlineData("0.34", "70", "23.8")]
    // protocols-and-safety.md 1.1: Kim 2023 mean peak 0.48 mg/kg/h; 62.5 kg -> 30 mg/h
    [InlineData("0.48", "62.5", "30")]
    public void A_weight_based_rate_gives_milligrams_per_hour_for_the_patient(string mgPerKgPerHour, string kg, string expectedMgPerHour)
    {
        var rate = new WeightBasedRate(decimal.Parse(mgPerKgPerHour, System.Globalization.CultureInfo.InvariantCulture));
        var weight = new BodyWeight(decimal.Parse(kg, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expectedMgPerHour, System.Globalization.CultureInfo.InvariantCulture), rate.ForWeight(weight).MilligramsPerHour);
    }

    [Fact]
    public void The_Schwenk_mean_maximum_rate_of_65_2_mg_per_hour_is_about_0_76_mg_per_kg_per_hour()
    {
        // protocols-and-safety.md 1.2: mean maximum rate 65.2 mg/h (= 0.76 mg/kg/h) [Schwenk 2018]. The paper's
        // two figures imply a mean weight of about 85.8 kg (65.2 / 0.76), which is used here.
        var perKilogram = new InfusionRate(65.2m).PerKilogram(new BodyWeight(85.8m));

        Assert.Equal(0.76m, decimal.Round(perKilogram.MilligramsPerKilogramPerHour, 2));
    }

    [Theory]
    // protocols-and-safety.md 1.3: 0.5 mg/kg over 40 min [Andrade 2017]; 70 kg -> 35 mg, i.e. 52.5 mg/h for 40 min
    [InlineData("0.5", "70", "35", 40, "52.5")]
    // protocols-and-safety.md 1.2: outpatient series 0.3 mg/kg over 120 min [J Pain 2010]; 80 kg -> 24 mg, 12 mg/h
    [InlineData("0.3", "80", "24", 120, "12")]
    // protocols-and-safety.md 1.2: KetHead bolus 1 mg/kg [Hoydonckx 2023]; 70 kg -> 70 mg (rate over 1 min: 4200 mg/h)
    [InlineData("1", "70", "70", 1, "4200")]
    public void A_weight_based_dose_gives_milligrams_and_a_rate_over_its_minutes(string mgPerKg, string kg, string expectedMg, int minutes, string expectedMgPerHour)
    {
        var dose = new WeightBasedDose(decimal.Parse(mgPerKg, System.Globalization.CultureInfo.InvariantCulture));
        var amount = dose.ForWeight(new BodyWeight(decimal.Parse(kg, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(decimal.Parse(expectedMg, System.Globalization.CultureInfo.InvariantCulture), amount.Milligrams);
        Assert.Equal(
            decimal.Parse(expectedMgPerHour, System.Globalization.CultureInfo.InvariantCulture),
            InfusionRate.Delivering(amount, TimeSpan.FromMinutes(minutes)).MilligramsPerHour);
    }

    [Theory]
    // controlled-substances.md 5 (vials): 10 mg/mL x 20 mL = 200 mg [Ketalar label]
    [InlineData("10", "20", "200")]
    // controlled-substances.md 5: 50 mg/mL x 10 mL = 500 mg
    [InlineData("50", "10", "500")]
    // controlled-substances.md 5: 100 mg/mL x 5 mL = 500 mg
    [InlineData("100", "5", "500")]
    public void A_vial_holds_concentration_times_volume(string mgPerMl, string ml, string expectedMg)
    {
        var concentration = new Concentration(decimal.Parse(mgPerMl, System.Globalization.CultureInfo.InvariantCulture));
        var expected = new Mass(decimal.Parse(expectedMg, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new Volume(decimal.Parse(ml, System.Globalization.CultureInfo.InvariantCulture)), concentration.VolumeContaining(expected));
        Assert.Equal(concentration, Concentration.Of(expected, new Volume(decimal.Parse(ml, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Diluting_100_mg_per_ml_with_an_equal_volume_gives_50_mg_per_ml()
    {
        // controlled-substances.md 5: 100 mg/mL must be diluted with an equal volume before IV use [Ketalar label]
        var made = Concentration.Of(new Mass(500m), new Volume(5m + 5m));

        Assert.Equal(50m, made.MilligramsPerMillilitre);
    }

    [Theory]
    // controlled-substances.md 5: hospital infusions commonly 1 mg/mL, also 5 mg/mL [CHEO drug manual]
    [InlineData("7", "1", "7")]
    [InlineData("7", "5", "1.4")]
    [InlineData("65.2", "1", "65.2")]
    public void An_infusion_rate_gives_millilitres_per_hour_for_a_bag(string mgPerHour, string bagMgPerMl, string expectedMlPerHour)
    {
        var rate = new InfusionRate(decimal.Parse(mgPerHour, System.Globalization.CultureInfo.InvariantCulture));
        var bag = new Concentration(decimal.Parse(bagMgPerMl, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expectedMlPerHour, System.Globalization.CultureInfo.InvariantCulture), rate.MillilitresPerHourAt(bag));
    }

    [Fact]
    public void Nanograms_per_millilitre_are_millionths_of_milligrams_per_millilitre()
    {
        // pharmacokinetics.md 6.3: antidepressant level ~185 ng/mL [Zanos 2018] = 0.185 µg/mL
        var level = Concentration.FromNanogramsPerMillilitre(185m);

        Assert.Equal(0.000185m, level.MilligramsPerMillilitre);
        Assert.Equal(185m, level.NanogramsPerMillilitre);
    }

    [Fact]
    public void A_rate_held_for_a_time_gives_the_amount()
    {
        // 7 mg/h (0.1 mg/kg/h at 70 kg) for one 3 h titration interval [Lauritsen 2016] = 21 mg
        Assert.Equal(new Mass(21m), new InfusionRate(7m).AmountOver(TimeSpan.FromHours(3)));
    }

    [Fact]
    public void A_concentration_of_zero_cannot_give_a_pump_rate()
    {
        Assert.Throws<InvalidOperationException>(() => new InfusionRate(7m).MillilitresPerHourAt(new Concentration(0m)));
    }
}

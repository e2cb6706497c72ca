using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Pharmacokinetics;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Pharmacokinetics;

public class SimulatingConcentrations
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly BodyWeight SeventyKilograms = new(70m);

    private static double NgPerMl(Concentration c) => (double)c.NanogramsPerMillilitre;

    private static double PlasmaAt(PharmacokineticModel model, IEnumerable<Administration> doses, double minutes) =>
        NgPerMl(ConcentrationSimulator.At(model, doses, [Start.AddMinutes(minutes)])[0].Plasma);

    [Fact]
    public void A_push_into_one_compartment_decays_by_half_each_half_life()
    {
        // Textbook one-compartment check: 4 mg into 10 L gives 400 ng/mL, halving every 60 min;
        // it stays at or above 100 ng/mL for two half-lives (120 min).
        var oneCompartment = new PharmacokineticModel("one compartment", 10, Math.Log(2) / 60, 0, 0, 0, 0, null);
        var push = Administration.Bolus(Start, new Mass(4m), TimeSpan.Zero);

        var profile = ConcentrationSimulator.Simulate(oneCompartment, [push], Start, Start.AddHours(6));

        Assert.Equal(400, NgPerMl(profile.PeakPlasma!.Plasma), 1e-6);
        Assert.Equal(Start, profile.PeakPlasma.At);
        Assert.Equal(200, PlasmaAt(oneCompartment, [push], 60), 1e-6);
        Assert.Equal(120, profile.TimeAtOrAbove(Concentration.FromNanogramsPerMillilitre(100m)).TotalMinutes, 0.01);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(60)]
    [InlineData(300)]
    public void A_push_in_the_Hijazi_model_follows_the_two_exponential_formula(double minutes)
    {
        // Closed form for a two-compartment bolus: C = D/V1 [(k21-a)/(b-a) e^-at + (k21-b)/(a-b) e^-bt], a and b the roots
        // of s^2 - (k10+k12+k21)s + k10 k21. Parameters pharmacokinetics.md 6.1 [opentiva Hijazi].
        const double k10 = 0.0333, k12 = 0.0088, k21 = 0.0030;
        var v1 = 1.08 * 70;
        var sum = k10 + k12 + k21;
        var root = Math.Sqrt((sum * sum) - (4 * k10 * k21));
        var a = (sum + root) / 2;
        var b = (sum - root) / 2;
        var dose = 21.0;
        var expectedMgPerLitre = dose / v1 * (((k21 - a) / (b - a) * Math.Exp(-a * minutes)) + ((k21 - b) / (a - b) * Math.Exp(-b * minutes)));

        var actual = PlasmaAt(KetamineModels.Hijazi2003(SeventyKilograms), [Administration.Bolus(Start, new Mass(21m), TimeSpan.Zero)], minutes);

        Assert.Equal(expectedMgPerLitre * 1000, actual, expectedMgPerLitre * 1000 * 1e-9);
    }

    [Theory]
    // pharmacokinetics.md 6.1 [derived] terminal half-lives at 70 kg: Domino ~115 min, Clements250 ~183 min, Hijazi ~297 min
    [InlineData("Domino", 115)]
    [InlineData("Clements", 183)]
    [InlineData("Hijazi", 297)]
    public void Late_after_a_push_the_level_halves_over_the_terminal_half_life_in_the_notes(string model, double halfLifeMinutes)
    {
        var m = model switch
        {
            "Domino" => KetamineModels.Domino1984(SeventyKilograms),
            "Clements" => KetamineModels.Clements1981(SeventyKilograms),
            _ => KetamineModels.Hijazi2003(SeventyKilograms),
        };
        var push = Administration.Bolus(Start, new Mass(35m), TimeSpan.Zero);
        var late = 20 * halfLifeMinutes / 2;

        var ratio = PlasmaAt(m, [push], late + halfLifeMinutes) / PlasmaAt(m, [push], late);

        // the notes round half-lives to whole minutes (0.4% of 115 min moves the ratio by about 0.003)
        Assert.Equal(0.5, ratio, 0.005);
    }

    [Theory]
    // pharmacokinetics.md 6.3 [derived], Domino column: after 5 days the infusion sits at rate / CL
    [InlineData("0.1", 60)]
    [InlineData("0.34", 205)]
    [InlineData("1", 604)]
    public void A_five_day_infusion_reaches_the_steady_state_in_the_notes(string mgPerKgPerHour, double ngPerMl)
    {
        // 0.34 mg/kg/h is Lauritsen's mean rate at target; 0.34 / 1.656 L/kg/h = 205 ng/mL by the notes' formula
        var rate = new WeightBasedRate(decimal.Parse(mgPerKgPerHour, System.Globalization.CultureInfo.InvariantCulture)).ForWeight(SeventyKilograms);
        var infusion = Administration.Infusion(Start, rate, TimeSpan.FromDays(5));

        var atEnd = PlasmaAt(KetamineModels.Domino1984(SeventyKilograms), [infusion], TimeSpan.FromDays(5).TotalMinutes);

        Assert.Equal(ngPerMl, atEnd, 1.0);
    }

    [Fact]
    public void The_exact_solution_agrees_with_a_fine_step_integration()
    {
        // Plan: 0.3 mg/kg push [J Pain 2010 dose], 0.5 mg/kg/h for 90 min, then 0.25 mg/kg over 10 min at 120 min; Domino with ke0.
        var model = KetamineModels.Domino1984(SeventyKilograms);
        Administration[] plan =
        [
            Administration.Bolus(Start, new Mass(21m), TimeSpan.Zero),
            Administration.Infusion(Start, new InfusionRate(35m), TimeSpan.FromMinutes(90)),
            Administration.Bolus(Start.AddMinutes(120), new Mass(17.5m), TimeSpan.FromMinutes(10)),
        ];
        double[] minutes = [0.5, 5, 45, 90, 95, 125, 130, 180, 240];

        var exact = ConcentrationSimulator.At(model, plan, minutes.Select(m => Start.AddMinutes(m)));
        var coarse = RungeKutta.Integrate(model, minutes, stepMinutes: 0.01);
        var fine = RungeKutta.Integrate(model, minutes, stepMinutes: 0.005);

        for (var i = 0; i < minutes.Length; i++)
        {
            var plasma = NgPerMl(exact[i].Plasma);
            Assert.Equal(fine[i].Plasma, plasma, plasma * 1e-6);
            Assert.Equal(fine[i].EffectSite, NgPerMl(exact[i].EffectSite!), plasma * 1e-6);
            // halving the step changes the integration by far less than the tolerance: it has converged
            Assert.Equal(fine[i].Plasma, coarse[i].Plasma, plasma * 1e-8);
        }
    }

    [Fact]
    public void With_the_opentiva_ke0_the_effect_site_peaks_about_one_minute_after_a_push()
    {
        // pharmacokinetics.md 6.1: opentiva's ke0 0.652/min comes from an assumed 1-min time-to-peak
        var push = Administration.Bolus(Start, new Mass(35m), TimeSpan.Zero);

        var profile = ConcentrationSimulator.Simulate(KetamineModels.Domino1984(SeventyKilograms), [push], Start, Start.AddMinutes(10), TimeSpan.FromSeconds(1));

        Assert.Equal(1.0, (profile.PeakEffectSite!.At - Start).TotalMinutes, 0.1);
        Assert.Equal(Start, profile.PeakPlasma!.At);
    }

    [Fact]
    public void Before_any_dose_the_level_is_zero()
    {
        var later = Administration.Bolus(Start.AddHours(1), new Mass(35m), TimeSpan.Zero);

        Assert.Equal(0, PlasmaAt(KetamineModels.Domino1984(SeventyKilograms), [later], 30));
    }

    [Fact]
    public void Time_above_dissociation_is_counted_from_the_dissociative_threshold()
    {
        // One compartment, t1/2 60 min, 4 mg into 10 L = 400 ng/mL: at or above 100 ng/mL [Zanos citing Krystal] for 120 min
        var oneCompartment = new PharmacokineticModel("one compartment", 10, Math.Log(2) / 60, 0, 0, 0, 0, null);

        var profile = ConcentrationSimulator.Simulate(oneCompartment, [Administration.Bolus(Start, new Mass(4m), TimeSpan.Zero)], Start, Start.AddHours(6));

        Assert.Equal(120, profile.TimeAtOrAboveDissociation(ConcentrationBands.Published).TotalMinutes, 0.01);
    }
}

using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Pharmacokinetics;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Tests.Pharmacokinetics;

public class AddingUpAPlan
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly BodyWeight SeventyKilograms = new(70m);

    private static double NgPerMl(PharmacokineticModel model, IEnumerable<Administration> doses, double minutes) =>
        (double)ConcentrationSimulator.At(model, doses, [Start.AddMinutes(minutes)])[0].Plasma.NanogramsPerMillilitre;

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(120)]
    [InlineData(600)]
    public void A_constant_infusion_in_the_Hijazi_model_follows_the_two_exponential_formula(double minutes)
    {
        // Closed form for a constant infusion R into the central compartment of a two-compartment model:
        // C(t) = R/V1 [A/a (1 - e^-at) + B/b (1 - e^-bt)], with A = (k21-a)/(b-a), B = (k21-b)/(a-b) and a, b the
        // roots of s^2 - (k10+k12+k21)s + k10 k21. Parameters pharmacokinetics.md 6.1 [opentiva Hijazi].
        // 0.5 mg/kg/h x 70 kg = 35 mg/h = 0.58333 mg/min.
        const double k10 = 0.0333, k12 = 0.0088, k21 = 0.0030;
        var v1 = 1.08 * 70;
        var sum = k10 + k12 + k21;
        var root = Math.Sqrt((sum * sum) - (4 * k10 * k21));
        var a = (sum + root) / 2;
        var b = (sum - root) / 2;
        var coefficientA = (k21 - a) / (b - a);
        var coefficientB = (k21 - b) / (a - b);
        var rate = 35.0 / 60;
        var expectedNgPerMl = 1000 * rate / v1 * ((coefficientA / a * (1 - Math.Exp(-a * minutes))) + (coefficientB / b * (1 - Math.Exp(-b * minutes))));
        var infusion = Administration.Infusion(Start, new InfusionRate(35m), TimeSpan.FromHours(24));

        var actual = NgPerMl(KetamineModels.Hijazi2003(SeventyKilograms), [infusion], minutes);

        Assert.Equal(expectedNgPerMl, actual, expectedNgPerMl * 1e-9);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(45)]
    [InlineData(200)]
    [InlineData(1500)]
    public void A_multi_step_plan_is_the_sum_of_its_steps_given_alone(double minutes)
    {
        // Linearity of the compartment model: outpatient 0.5 mg/kg over 40 min [Andrade 2017], a 0.2 mg/kg/h infusion
        // from 60 min for 3 h and a 0.1 mg/kg/h titration start from 6 h [Lauritsen 2016], each simulated alone and together.
        var model = KetamineModels.Domino1984(SeventyKilograms);
        Administration[] steps =
        [
            Administration.Bolus(Start, new Mass(35m), TimeSpan.FromMinutes(40)),
            Administration.Infusion(Start.AddMinutes(60), new InfusionRate(14m), TimeSpan.FromHours(3)),
            Administration.Infusion(Start.AddHours(6), new InfusionRate(7m), TimeSpan.FromHours(20)),
        ];

        var together = NgPerMl(model, steps, minutes);
        var sumAlone = steps.Sum(s => NgPerMl(model, [s], minutes));

        Assert.Equal(sumAlone, together, Math.Max(sumAlone, 1) * 1e-9);
    }
}

public class SamplingAnEvenGrid
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_even_grid_gives_the_same_exact_values_as_the_simulator()
    {
        // A Jefferson-style titration for 70 kg [Lauritsen 2016]: 0.1 mg/kg/h raised by 0.1 every 4 h to 1 mg/kg/h, 5 days,
        // plus a 21 mg push at 90 min; sampled each 7 minutes (so grid points fall between the rate changes).
        var weight = new BodyWeight(70m);
        var rule = new TitrationRule(new(0.1m), new(0.1m), TimeSpan.FromHours(4), 3, TimeSpan.FromHours(8), new(1m), TimeSpan.FromDays(5));
        var plan = TitrationPlanner.Plan(rule, weight, Start).ToAdministrations().Append(Administration.Bolus(Start.AddMinutes(90), new Mass(21m), TimeSpan.Zero)).ToList();
        var model = KetamineModels.Domino1984(weight);
        var count = (int)(TimeSpan.FromDays(5).TotalMinutes / 7);

        var grid = EvenSampler.PlasmaNanogramsPerMillilitre(model, plan, Start, TimeSpan.FromMinutes(7), count);
        var exact = ConcentrationSimulator.At(model, plan, Enumerable.Range(0, count).Select(k => Start.AddMinutes(7 * k)));

        for (var k = 0; k < count; k++)
        {
            var expected = (double)exact[k].Plasma.NanogramsPerMillilitre;
            Assert.Equal(expected, grid[k], Math.Max(expected, 1) * 1e-9);
        }
    }
}

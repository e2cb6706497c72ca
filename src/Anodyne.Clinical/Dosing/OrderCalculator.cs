using System.Globalization;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// Works out every step of a protocol for one dosing weight, vial and bag. Rounding is explicit and always down
/// (never more than ordered): mg to <see cref="Rounding.Milligrams"/>, the volume drawn to
/// <see cref="Rounding.DrawMillilitres"/> and the pump to <see cref="Rounding.PumpMillilitresPerHour"/>.
/// A bolus or constant infusion is one bag holding the step's dose; a titrated infusion runs from bags made up to
/// the protocol's infusion concentration (1 mg/mL is common, controlled-substances.md [CHEO, verified]).
/// </summary>
public static class OrderCalculator
{
    public sealed record Rounding(DoseRounding Milligrams, DoseRounding DrawMillilitres, DoseRounding PumpMillilitresPerHour)
    {
        /// <summary>0.1 mg, 0.01 mL drawn (a 1 mL syringe's finest mark), 0.1 mL/h on the pump.</summary>
        public static Rounding Default { get; } = new(DoseRounding.DownToOneDecimal, new DoseRounding(0.01m), DoseRounding.DownToOneDecimal);
    }

    public sealed record Problem(string Field, string Message);

    public sealed record Calculation(IReadOnlyList<StepPreparation> Steps, IReadOnlyList<Problem> Problems)
    {
        public bool IsBlocked => Problems.Count > 0;
    }

    public static Calculation Calculate(
        TreatmentProtocol protocol,
        BodyWeight dosingWeight,
        Concentration vial,
        Volume bag,
        Concentration infusionBagConcentration,
        Rounding? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(dosingWeight);
        ArgumentNullException.ThrowIfNull(vial);
        ArgumentNullException.ThrowIfNull(bag);
        ArgumentNullException.ThrowIfNull(infusionBagConcentration);
        var round = rounding ?? Rounding.Default;
        var problems = new List<Problem>();
        if (!VialConcentrations.IsAvailable(vial.MilligramsPerMillilitre))
        {
            problems.Add(new("concentrationMgPerMl", Invariant($"Vials come as 10, 50 or 100 mg/mL; {vial.MilligramsPerMillilitre} mg/mL is not one of them.")));
            return new Calculation([], problems);
        }

        if (bag.Millilitres <= 0m)
        {
            problems.Add(new("bagVolumeMl", "Enter the bag volume in mL: ketamine is diluted for infusion."));
            return new Calculation([], problems);
        }

        var steps = new List<StepPreparation>();
        var number = 0;
        foreach (var step in protocol.Steps)
        {
            number++;
            var prepared = step switch
            {
                BolusStep bolus => Bolus(number, bolus, dosingWeight, vial, bag, round),
                ConstantInfusionStep infusion => Constant(number, infusion, dosingWeight, vial, bag, round),
                TitrationStep titration => Titration(number, titration.Rule, dosingWeight, vial, bag, infusionBagConcentration, round),
                _ => throw new ArgumentException("Unknown protocol step.", nameof(protocol)),
            };
            if (prepared.Draw.Millilitres > bag.Millilitres)
            {
                problems.Add(new("bagVolumeMl", Invariant($"Step {number} needs {prepared.Draw.Millilitres} mL from the vial, more than the {bag.Millilitres} mL bag: choose a stronger vial or a larger bag.")));
            }

            if (vial >= VialConcentrations.MustBeDilutedFrom && prepared.Draw.Millilitres * 2 > bag.Millilitres)
            {
                problems.Add(new("bagVolumeMl", Invariant($"100 mg/mL must be diluted with at least an equal volume (Ketalar label): step {number} draws {prepared.Draw.Millilitres} mL into {bag.Millilitres} mL.")));
            }

            steps.Add(prepared);
        }

        return new Calculation(steps, problems);
    }

    private static StepPreparation Bolus(int number, BolusStep step, BodyWeight weight, Concentration vial, Volume bag, Rounding round)
    {
        var exact = step.Dose.ForWeight(weight).Milligrams;
        var amount = new Mass(round.Milligrams.Apply(exact));
        var (exactDraw, draw, bagConcentration) = Make(amount, vial, bag, round);
        decimal? exactPump = null;
        decimal? pump = null;
        InfusionRate? delivered = null;
        if (step.Over > TimeSpan.Zero)
        {
            // the whole bag over the bolus time, so the pump gives what was drawn and no more
            exactPump = bag.Millilitres * TimeSpan.TicksPerHour / step.Over.Ticks;
            pump = round.PumpMillilitresPerHour.Apply(exactPump.Value);
            delivered = InfusionRate.FromMillilitresPerHour(pump.Value, bagConcentration);
        }

        return new StepPreparation(number, AdministrationKind.Bolus,
            Invariant($"Bolus {step.Dose.MilligramsPerKilogram} mg/kg over {step.Over.TotalMinutes} min"),
            step.Over, step.Dose, null, exact, amount, exactDraw, draw, bag, bagConcentration, exactPump, pump, delivered, []);
    }

    private static StepPreparation Constant(int number, ConstantInfusionStep step, BodyWeight weight, Concentration vial, Volume bag, Rounding round)
    {
        var exact = step.Rate.ForWeight(weight).AmountOver(step.InfusionDuration).Milligrams;
        var amount = new Mass(round.Milligrams.Apply(exact));
        var (exactDraw, draw, bagConcentration) = Make(amount, vial, bag, round);
        var patientRate = step.Rate.ForWeight(weight);
        var exactPump = patientRate.MillilitresPerHourAt(bagConcentration);
        var pump = round.PumpMillilitresPerHour.Apply(exactPump);
        return new StepPreparation(number, AdministrationKind.Infusion,
            Invariant($"Infusion {step.Rate.MilligramsPerKilogramPerHour} mg/kg/h for {step.InfusionDuration.TotalMinutes} min"),
            step.InfusionDuration, null, step.Rate, exact, amount, exactDraw, draw, bag, bagConcentration, exactPump, pump,
            InfusionRate.FromMillilitresPerHour(pump, bagConcentration), []);
    }

    private static StepPreparation Titration(int number, TitrationRule rule, BodyWeight weight, Concentration vial, Volume bag, Concentration bagTarget, Rounding round)
    {
        // One bag made up to the infusion concentration; the rate steps from start to ceiling run from it.
        var exact = bagTarget.MilligramsPerMillilitre * bag.Millilitres;
        var amount = new Mass(round.Milligrams.Apply(exact));
        var (exactDraw, draw, bagConcentration) = Make(amount, vial, bag, round);
        var levels = new List<TitrationLevel>();
        for (var rate = rule.StartRate; ; rate = WeightBasedRate.Min(rate + rule.Step, rule.Ceiling))
        {
            var patientRate = rate.ForWeight(weight);
            levels.Add(new TitrationLevel(rate, patientRate, round.PumpMillilitresPerHour.Apply(patientRate.MillilitresPerHourAt(bagConcentration))));
            if (rate >= rule.Ceiling)
            {
                break;
            }
        }

        var start = levels[0];
        var exactPump = start.PatientRate.MillilitresPerHourAt(bagConcentration);
        return new StepPreparation(number, AdministrationKind.Infusion,
            Invariant($"Titrated infusion from {rule.StartRate.MilligramsPerKilogramPerHour} mg/kg/h, +{rule.Step.MilligramsPerKilogramPerHour} every {rule.Interval.TotalHours} h while pain is above {rule.TargetPainScore}, ceiling {rule.Ceiling.MilligramsPerKilogramPerHour} mg/kg/h, up to {rule.MaximumDuration.TotalHours} h"),
            rule.MaximumDuration, null, rule.StartRate, exact, amount, exactDraw, draw, bag, bagConcentration, exactPump, start.PumpMillilitresPerHour,
            InfusionRate.FromMillilitresPerHour(start.PumpMillilitresPerHour, bagConcentration), levels);
    }

    /// <summary>Volume drawn (rounded down), and the bag's concentration from what is actually drawn.</summary>
    private static (decimal ExactDraw, Volume Draw, Concentration BagConcentration) Make(Mass amount, Concentration vial, Volume bag, Rounding round)
    {
        var exactDraw = amount.Milligrams / vial.MilligramsPerMillilitre;
        var draw = new Volume(round.DrawMillilitres.Apply(exactDraw));
        var drawnMilligrams = draw.Millilitres * vial.MilligramsPerMillilitre;
        return (exactDraw, draw, new Concentration(drawnMilligrams / bag.Millilitres));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

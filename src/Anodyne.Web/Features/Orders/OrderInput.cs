using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Anodyne.Clinical.Dosing;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Protocols;

namespace Anodyne.Web.Features.Orders;

/// <summary>What the physician enters on the order form.</summary>
public sealed class OrderInput
{
    public Guid ProtocolVersionId { get; set; }

    public Guid? ReplacesOrderId { get; set; }

    [Required(ErrorMessage = "Enter the patient's weight in kg.")]
    [Range(0.1, 700, ErrorMessage = "Enter the weight in kg, from 0.1 to 700.")]
    public decimal? WeightKg { get; set; }

    [Required(ErrorMessage = "Enter the day the weight was measured.")]
    public DateOnly? WeightMeasuredOn { get; set; }

    [Range(50d, 272d, ErrorMessage = "Enter the height in cm, from 50 to 272.")]
    public decimal? HeightCm { get; set; }

    /// <summary>"Female", "Male" or empty: the sex the ideal-weight formula uses.</summary>
    public string? Sex { get; set; }

    [Required(ErrorMessage = "Choose the vial concentration.")]
    public decimal? VialMgPerMl { get; set; }

    [Required(ErrorMessage = "Enter the bag volume in mL.")]
    [Range(1d, 1000d, ErrorMessage = "Enter the bag volume in mL, from 1 to 1000.")]
    public decimal? BagVolumeMl { get; set; }

    /// <summary>One per protocol step: the dose the physician orders (bolus mg/kg, infusion mg/kg/h, titration ceiling mg/kg/h) and its unit.</summary>
    public List<StepInput> Steps { get; set; } = [];

    [StringLength(2000)]
    public string? OverrideReason { get; set; }

    [StringLength(2000)]
    public string? ChangeReason { get; set; }

    public string? Password { get; set; }

    public sealed class StepInput
    {
        [Range(0d, 100d, ErrorMessage = "Enter a dose from 0 to 100.")]
        public decimal? Value { get; set; }

        public string? Unit { get; set; }
    }

    public static OrderInput Fresh(ProtocolVersion protocol, AdministrativeSex sex, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return new OrderInput
        {
            ProtocolVersionId = protocol.Id,
            WeightMeasuredOn = today,
            Sex = sex is AdministrativeSex.Female or AdministrativeSex.Male ? sex.ToString() : "",
            VialMgPerMl = 10m,
            BagVolumeMl = protocol.DefaultBagVolumeMl,
            Steps = [.. protocol.Steps().Select(s => new StepInput { Value = OrderedValue(s), Unit = OrderWorkup.UnitOf(s.Kind) })],
        };
    }

    public static OrderInput From(TreatmentOrder order, ProtocolVersion protocol)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(protocol);
        return new OrderInput
        {
            ProtocolVersionId = protocol.Id,
            ReplacesOrderId = order.Id,
            WeightKg = order.WeightKg,
            WeightMeasuredOn = order.WeightMeasuredOn,
            HeightCm = order.HeightCm,
            Sex = order.Sex?.ToString() ?? "",
            VialMgPerMl = order.VialMgPerMl,
            BagVolumeMl = order.BagVolumeMl,
            Steps = [.. order.Steps().Select(s => new StepInput { Value = OrderedValue(s), Unit = OrderWorkup.UnitOf(s.Kind) })],
        };
    }

    /// <summary>The one number of a step the physician may change on the order.</summary>
    public static decimal? OrderedValue(ProtocolStepSpec step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Kind switch
        {
            ProtocolStepKind.Bolus => step.DoseMgPerKg,
            ProtocolStepKind.ConstantInfusion => step.RateMgPerKgPerHour,
            ProtocolStepKind.Titration => step.CeilingMgPerKgPerHour,
            _ => null,
        };
    }

    public static string OrderedValueName(ProtocolStepKind kind) => kind switch
    {
        ProtocolStepKind.Bolus => "Dose",
        ProtocolStepKind.ConstantInfusion => "Rate",
        ProtocolStepKind.Titration => "Ceiling rate",
        _ => "Value",
    };

    public DosingSex? ParsedSex() => Sex switch
    {
        "Female" => DosingSex.Female,
        "Male" => DosingSex.Male,
        _ => null,
    };

    /// <summary>Field problems the protocol's steps reveal: a missing value, or a unit that is not the step's own.</summary>
    public IEnumerable<(string Field, string Message)> Problems(ProtocolVersion protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var steps = protocol.Steps();
        if (Steps.Count != steps.Count)
        {
            yield return ("Steps", string.Create(CultureInfo.InvariantCulture, $"The protocol has {steps.Count} steps; the form sent {Steps.Count}. Open the order form again."));
            yield break;
        }

        if (Sex is not (null or "" or "Female" or "Male"))
        {
            yield return ("Sex", "Choose female, male or not recorded.");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var expected = OrderWorkup.UnitOf(steps[i].Kind);
            if (Steps[i].Value is null)
            {
                yield return (Field(i, "Value"), string.Create(CultureInfo.InvariantCulture, $"Step {i + 1}: enter the {OrderedValueName(steps[i].Kind).ToLowerInvariant()} in {expected}."));
            }

            if (!string.Equals(Steps[i].Unit, expected, StringComparison.Ordinal))
            {
                yield return (Field(i, "Unit"), string.Create(CultureInfo.InvariantCulture,
                    $"Step {i + 1} is a {Describe(steps[i].Kind)} dosed in {expected}; {Steps[i].Unit ?? "no unit"} does not fit it. Re-enter the {OrderedValueName(steps[i].Kind).ToLowerInvariant()} in {expected}: units are never converted."));
            }
        }
    }

    /// <summary>The protocol's steps with the physician's values put in.</summary>
    public IReadOnlyList<ProtocolStepSpec> OrderedSteps(ProtocolVersion protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var steps = protocol.Steps();
        return [.. steps.Select((s, i) => s.Kind switch
        {
            ProtocolStepKind.Bolus => s with { DoseMgPerKg = Steps[i].Value },
            ProtocolStepKind.ConstantInfusion => s with { RateMgPerKgPerHour = Steps[i].Value },
            ProtocolStepKind.Titration => s with { CeilingMgPerKgPerHour = Steps[i].Value },
            _ => s,
        })];
    }

    private static string Field(int i, string name) => string.Create(CultureInfo.InvariantCulture, $"Steps[{i}].{name}");

    private static string Describe(ProtocolStepKind kind) => kind switch
    {
        ProtocolStepKind.Bolus => "bolus",
        ProtocolStepKind.ConstantInfusion => "constant infusion",
        ProtocolStepKind.Titration => "titrated infusion",
        _ => "step",
    };
}

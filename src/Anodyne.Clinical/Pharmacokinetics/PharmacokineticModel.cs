namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>
/// A mammillary compartment model for one patient: central volume in litres and rate constants per minute.
/// A two-compartment model has k13 = k31 = 0. Ke0 (per minute) links the effect site; null when unknown.
/// </summary>
public sealed record PharmacokineticModel
{
    public PharmacokineticModel(string name, double centralVolumeLitres, double k10, double k12, double k13, double k21, double k31, double? ke0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        CentralVolumeLitres = Positive(centralVolumeLitres, nameof(centralVolumeLitres));
        K10 = Positive(k10, nameof(k10));
        K12 = NonNegative(k12, nameof(k12));
        K13 = NonNegative(k13, nameof(k13));
        K21 = k12 > 0 ? Positive(k21, nameof(k21)) : NonNegative(k21, nameof(k21));
        K31 = k13 > 0 ? Positive(k31, nameof(k31)) : NonNegative(k31, nameof(k31));
        Ke0 = ke0 is null ? null : Positive(ke0.Value, nameof(ke0));
    }

    public string Name { get; }

    public double CentralVolumeLitres { get; }

    public double K10 { get; }

    public double K12 { get; }

    public double K13 { get; }

    public double K21 { get; }

    public double K31 { get; }

    public double? Ke0 { get; }

    public double SecondVolumeLitres => K12 == 0 ? 0 : CentralVolumeLitres * K12 / K21;

    public double ThirdVolumeLitres => K13 == 0 ? 0 : CentralVolumeLitres * K13 / K31;

    public double SteadyStateVolumeLitres => CentralVolumeLitres + SecondVolumeLitres + ThirdVolumeLitres;

    public double ClearanceLitresPerMinute => CentralVolumeLitres * K10;

    public double ClearanceLitresPerHour => ClearanceLitresPerMinute * 60;

    private static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must be a finite number above zero.");

    private static double NonNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must be a finite number, zero or above.");
}

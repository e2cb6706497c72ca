namespace Anodyne.Clinical.Dosing;

public enum AdministrationKind
{
    Bolus,
    Infusion,
}

namespace Anodyne.Clinical.Dosing;

/// <summary>The sex an ideal-weight formula is written for.</summary>
public enum DosingSex
{
    Female,
    Male,
}

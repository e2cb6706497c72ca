namespace Anodyne.Clinical.Screening;

/// <summary>The patient's substance use disorder, if any.</summary>
public enum SubstanceUseStatus
{
    None = 1,
    InRemission = 2,
    Active = 3,
}

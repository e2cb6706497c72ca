namespace Anodyne.Clinical.Screening;

/// <summary>The physician's account of the patient's hypertension.</summary>
public enum HypertensionStatus
{
    None = 1,
    Controlled = 2,
    Uncontrolled = 3,
}

namespace Anodyne.Clinical.Screening;

/// <summary>The physician's grading of the patient's liver disease.</summary>
public enum LiverDiseaseSeverity
{
    None = 1,
    Mild = 2,
    Moderate = 3,
    Severe = 4,
}

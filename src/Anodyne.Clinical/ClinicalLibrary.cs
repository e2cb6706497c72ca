namespace Anodyne.Clinical;

/// <summary>
/// Marker for the clinical library: pure rules, scores, doses, pharmacokinetics and outcome statistics.
/// It performs no I/O and reads no clock; callers pass everything in, including "now".
/// </summary>
public static class ClinicalLibrary
{
    public const string Name = "Anodyne.Clinical";
}

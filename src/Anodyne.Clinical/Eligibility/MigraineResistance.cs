namespace Anodyne.Clinical.Eligibility;

/// <summary>EHF 2020 classification of how far migraine has resisted preventive treatment (clinical/diagnosis.md §3.6).</summary>
public enum MigraineResistance
{
    NeitherResistantNorRefractory = 1,
    Resistant = 2,
    Refractory = 3,
}

namespace Anodyne.Clinical.Diagnosis;

/// <summary>Fully reversible aura symptoms of ICHD-3 1.2 B (clinical/diagnosis.md §3.2) [verified].</summary>
public enum AuraSymptom
{
    Visual = 1,
    Sensory = 2,
    SpeechOrLanguage = 3,
    Motor = 4,
    Brainstem = 5,
    Retinal = 6,
}

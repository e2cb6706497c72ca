namespace Anodyne.Clinical.Outcomes.Questionnaires;

/// <summary>MIDAS disability grades I–IV (Stewart 2001, outcomes.md §4.4, verified): 0–5, 6–10, 11–20, ≥21.</summary>
public enum MidasGrade
{
    LittleOrNoDisability = 1,
    MildDisability = 2,
    ModerateDisability = 3,
    SevereDisability = 4,
}

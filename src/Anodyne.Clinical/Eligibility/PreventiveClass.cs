namespace Anodyne.Clinical.Eligibility;

/// <summary>
/// Preventive drug classes for the EHF 2020 resistant and refractory definitions, as tabulated in the 2022 review that
/// adapts EHF 2020 (clinical/diagnosis.md §3.6: PMC9167529 Table 3) [verified].
/// </summary>
public enum PreventiveClass
{
    /// <summary>Amitriptyline, venlafaxine.</summary>
    Antidepressant = 1,

    /// <summary>Valproate, topiramate.</summary>
    Antiepileptic = 2,

    /// <summary>Propranolol, metoprolol, atenolol, timolol.</summary>
    BetaBlocker = 3,

    /// <summary>Flunarizine, cinnarizine.</summary>
    CalciumChannelBlocker = 4,

    /// <summary>Gepants and monoclonal antibodies against CGRP or its receptor.</summary>
    CgrpPathway = 5,

    /// <summary>ACE inhibitor or angiotensin receptor blocker: lisinopril, candesartan.</summary>
    AceInhibitorOrAngiotensinReceptorBlocker = 6,

    OnabotulinumtoxinA = 7,

    /// <summary>Another preventive of proven efficacy; all such drugs count together as one class.</summary>
    OtherProvenPreventive = 8,
}

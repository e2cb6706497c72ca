namespace Anodyne.Clinical.Screening;

/// <summary>Where each screening rule comes from, as cited to the physician.</summary>
internal static class Sources
{
    public const string Label = "clinical/protocols-and-safety.md §2.8: Ketalar US label via PDR [verified]";
    public const string Consensus = "clinical/protocols-and-safety.md §1.4, §2.8: ASRA/AAPM/ASA consensus guideline (Cohen et al., RAPM 2018) via summary [secondary]";
    public const string Rcht = "clinical/protocols-and-safety.md §2.8: Royal Cornwall Hospitals NHS Trust IV ketamine guideline 2022 [verified]";
    public const string KetHead = "clinical/protocols-and-safety.md §2.8: KetHead trial exclusions (Hoydonckx et al., Trials 2023, Table 1) [verified]";
    public const string EdProtocol = "clinical/protocols-and-safety.md §2.2: West J Emerg Med 2020 ED protocol [verified]; example limit, clinic setting";
    public const string EdProtocolLow = "clinical/protocols-and-safety.md §2.2: SCIRP ED protocol, \"in one protocol\" [secondary]; clinic setting";
    public const string Haemodynamics = "clinical/protocols-and-safety.md §2.2: Ketalar label; Idvall 1979 (BP and HR rise 15-30%) [verified]";
    public const string PregnancySummaries = "clinical/protocols-and-safety.md §1.4: some summaries of the consensus guideline [unverified]; §2.8: KetHead exclusion [verified]";
    public const string Interactions = "clinical/protocols-and-safety.md §2.9";
}

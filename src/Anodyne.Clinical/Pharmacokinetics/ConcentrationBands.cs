using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>
/// The thresholds between <see cref="ConcentrationBand"/>s. Defaults come from pharmacokinetics.md 6.3; each is
/// a clinic setting because the published ranges overlap and were measured in other populations.
/// </summary>
public sealed record ConcentrationBands
{
    public ConcentrationBands(Concentration analgesicFrom, Concentration dissociativeFrom, Concentration dissociativeUpTo, Concentration anaestheticFrom)
    {
        ArgumentNullException.ThrowIfNull(analgesicFrom);
        ArgumentNullException.ThrowIfNull(dissociativeFrom);
        ArgumentNullException.ThrowIfNull(dissociativeUpTo);
        ArgumentNullException.ThrowIfNull(anaestheticFrom);
        if (!(analgesicFrom <= dissociativeFrom && dissociativeFrom <= dissociativeUpTo && dissociativeUpTo <= anaestheticFrom))
        {
            throw new ArgumentOutOfRangeException(nameof(dissociativeFrom), "Thresholds must rise: analgesic, dissociative, upper dissociative, anaesthetic.");
        }

        AnalgesicFrom = analgesicFrom;
        DissociativeFrom = dissociativeFrom;
        DissociativeUpTo = dissociativeUpTo;
        AnaestheticFrom = anaestheticFrom;
    }

    public Concentration AnalgesicFrom { get; }

    public Concentration DissociativeFrom { get; }

    public Concentration DissociativeUpTo { get; }

    public Concentration AnaestheticFrom { get; }

    /// <summary>
    /// Analgesia from 70 ng/mL (70-160) [Zanos 2018 Table 1, verified]; dissociation 100-250 ng/mL
    /// [Zanos 2018 citing Krystal 1994, verified]; anaesthesia from 640 ng/mL, the level at which patients
    /// recovered from ketamine anaesthesia [Idvall 1979, verified; conversion derived], chosen over the lower
    /// edge of the 1,200-2,400 ng/mL general anaesthesia range [Zanos 2018] as the conservative threshold.
    /// Psychedelic effects rise linearly over 50-200 ng/mL [Bowdle 1998], so "below analgesic" is not
    /// free of effects. All pharmacokinetics.md 6.3.
    /// </summary>
    public static ConcentrationBands Published { get; } = new(
        Concentration.FromNanogramsPerMillilitre(70m),
        Concentration.FromNanogramsPerMillilitre(100m),
        Concentration.FromNanogramsPerMillilitre(250m),
        Concentration.FromNanogramsPerMillilitre(640m));

    public ConcentrationBand Classify(Concentration plasma)
    {
        ArgumentNullException.ThrowIfNull(plasma);
        if (plasma >= AnaestheticFrom)
        {
            return ConcentrationBand.Anaesthetic;
        }

        if (plasma > DissociativeUpTo)
        {
            return ConcentrationBand.AboveDissociative;
        }

        if (plasma >= DissociativeFrom)
        {
            return ConcentrationBand.Dissociative;
        }

        return plasma >= AnalgesicFrom ? ConcentrationBand.Analgesic : ConcentrationBand.BelowAnalgesic;
    }
}

namespace Anodyne.Clinical.Outcomes.Durability;

/// <summary>
/// Scale on which the pointwise 95% confidence interval of a Kaplan-Meier survival is built from Greenwood's
/// variance. Both are given in Klein and Moeschberger, Survival Analysis, 2nd ed. (Springer 2003), section 4.3.
/// </summary>
public enum ConfidenceIntervalTransform
{
    /// <summary>
    /// Log(-log) scale, Klein and Moeschberger's "log-transformed" interval: S^(1/θ) to S^θ with
    /// θ = exp(z·σ/ln S), where σ² is Greenwood's sum. The transform is Kalbfleisch and Prentice's (1980); its limits
    /// stay within 0 and 1, and transformed intervals perform better than the linear one (Borgan and Liestøl 1990;
    /// both as cited in the SAS PROC LIFETEST CONFTYPE= documentation). It is the default here.
    /// </summary>
    LogLog = 0,

    /// <summary>Plain (linear) scale: S ± z·SE, cut to 0 and 1 (Klein and Moeschberger 4.3, "linear").</summary>
    Plain = 1,
}

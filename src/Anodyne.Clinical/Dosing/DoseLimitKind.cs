namespace Anodyne.Clinical.Dosing;

public enum DoseLimitKind
{
    /// <summary>Highest infusion rate, mg/kg/h.</summary>
    RatePerKilogram,

    /// <summary>Largest single bolus, mg/kg.</summary>
    BolusPerKilogram,

    /// <summary>Total of the session, mg.</summary>
    SessionAmount,

    /// <summary>Most given in any 24 h window, earlier doses included, mg.</summary>
    Rolling24HourAmount,

    /// <summary>Total of the series so far plus this session, mg.</summary>
    SeriesAmount,
}

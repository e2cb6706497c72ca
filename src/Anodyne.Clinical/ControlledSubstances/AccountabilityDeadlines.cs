namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>When an unclosed session or an open discrepancy is overdue; "now" is always passed in.</summary>
public static class AccountabilityDeadlines
{
    /// <summary>True once a session that still holds undispositioned drug has been over for longer than the witness window.</summary>
    public static bool IsWasteOverdue(DateTime sessionEndsUtc, long outstandingMicrograms, DateTime nowUtc, AccountabilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return outstandingMicrograms > 0 && nowUtc > sessionEndsUtc.AddMinutes(options.WasteWitnessMinutes);
    }

    /// <summary>True once an unresolved discrepancy has been open longer than the escalation window.</summary>
    public static bool IsEscalationDue(DateTime detectedUtc, DateTime nowUtc, AccountabilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return nowUtc >= detectedUtc.AddHours(options.EscalateAfterHours);
    }
}

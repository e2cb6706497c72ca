using System.ComponentModel.DataAnnotations;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>Sign-in and session rules. Bound from the "Security" section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Sign out after this many idle minutes (HIPAA automatic logoff, 164.312(a)(2)(iii)).</summary>
    [Range(1, 240)]
    public int IdleTimeoutMinutes { get; set; } = 15;

    /// <summary>Sign out after this many hours however active the session (ASVS V7.3.2).</summary>
    [Range(1, 24)]
    public int AbsoluteSessionHours { get; set; } = 12;

    /// <summary>Failed passwords before the account locks.</summary>
    [Range(3, 20)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>When true, staff must enrol an authenticator app (TOTP) before they can use the system.</summary>
    public bool RequireStaffTwoFactor { get; set; }

    /// <summary>Sign-in posts allowed from one client address per window, on top of the per-account lockout.</summary>
    [Range(1, 100000)]
    public int SignInAttemptsPerAddress { get; set; } = 30;

    [Range(1, 1440)]
    public int SignInWindowMinutes { get; set; } = 10;

    /// <summary>Requests to /api and /fhir allowed per user or token (per address when anonymous) each minute.</summary>
    [Range(1, 1000000)]
    public int ApiRequestsPerMinute { get; set; } = 600;

    /// <summary>Default lifetime of a new API token.</summary>
    [Range(1, 365)]
    public int DefaultTokenDays { get; set; } = 90;
}

using System.Globalization;
using Anodyne.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Anodyne.Web.Infrastructure.Auth;

public static class AuthSetup
{
    /// <summary>Picks the bearer-token handler when a request carries one, the sign-in cookie otherwise.</summary>
    public const string ClinicScheme = "Clinic";

    private const string SignedInAtItem = "anodyne.signed_in_at";

    public static IServiceCollection AddClinicAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        services.AddIdentity<ClinicUser, IdentityRole>(o => ConfigureIdentity(o, security))
            .AddEntityFrameworkStores<ClinicDbContext>()
            .AddSignInManager<ClinicSignInManager>()
            .AddClaimsPrincipalFactory<ClinicClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider);

        services.ConfigureApplicationCookie(o => ConfigureCookie(o, security));

        services.AddScoped<ApiTokens>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = ClinicScheme;
                o.DefaultAuthenticateScheme = ClinicScheme;
                o.DefaultChallengeScheme = ClinicScheme;
                o.DefaultForbidScheme = ClinicScheme;
            })
            .AddPolicyScheme(ClinicScheme, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokens.Scheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokens.Scheme, null);

        services.AddAuthorization(Policies.AddClinicPolicies);
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions o, SecurityOptions security)
    {
        // NIST SP 800-63B 5.1.1.2: at least 12 characters here, no composition rules, common passwords blocked.
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = security.MaxFailedSignIns;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, SecurityOptions security)
    {
        o.Cookie.Name = "anodyne.session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/account/sign-in";
        o.LogoutPath = "/account/sign-out";
        o.AccessDeniedPath = "/account/access-denied";
        // Idle sign-out: the cookie lapses after this long without a request (HIPAA 164.312(a)(2)(iii)).
        o.ExpireTimeSpan = TimeSpan.FromMinutes(security.IdleTimeoutMinutes);
        o.SlidingExpiration = true;

        o.Events.OnValidatePrincipal = async context =>
        {
            // The security stamp is checked on every request, not every few minutes: signing out, a changed
            // password, a changed role or a deactivated account ends every copy of the session at once (ASVS V7.4).
            var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<ClinicUser>>();
            if (SessionIsTooOld(context.Properties, context.HttpContext, security)
                || await signIn.ValidateSecurityStampAsync(context.Principal) is null)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };
        o.Events.OnSigningIn = context =>
        {
            // Kept in the ticket's properties, which survive renewals, so the lifetime counts from the first sign-in.
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Properties.Items.TryAdd(SignedInAtItem, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>Absolute session lifetime (ASVS V7.3.2), however active the user has been.</summary>
    private static bool SessionIsTooOld(AuthenticationProperties properties, HttpContext http, SecurityOptions security)
    {
        if (!properties.Items.TryGetValue(SignedInAtItem, out var signedInAt) || signedInAt is null || !long.TryParse(signedInAt, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return true;
        }

        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return now - DateTimeOffset.FromUnixTimeSeconds(seconds) > TimeSpan.FromHours(security.AbsoluteSessionHours);
    }

    /// <summary>Scripts get a status code; browsers get the sign-in or access-denied page.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/fhir"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

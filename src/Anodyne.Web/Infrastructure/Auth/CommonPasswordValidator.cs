using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>
/// NIST SP 800-63B 5.1.1.2: refuse passwords that are commonly used, expected or compromised,
/// repetitive or sequential, or that contain the account's own name. No composition rules.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ClinicUser>
{
    private static readonly FrozenSet<string> Blocked = LoadBlockedPasswords();

    public Task<IdentityResult> ValidateAsync(UserManager<ClinicUser> manager, ClinicUser user, string? password)
    {
        var problem = FindProblem(password ?? "", user.Email ?? user.UserName ?? "");
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = problem }));
    }

    /// <summary>Why a password is refused, or null if it is acceptable.</summary>
    public static string? FindProblem(string password, string accountName)
    {
        var lower = password.ToLowerInvariant();
        if (Blocked.Contains(lower) || Blocked.Contains(lower.TrimEnd(TrailingNoise)))
        {
            return "This password is one of the most commonly used passwords. Choose a less predictable one, for example a few unrelated words.";
        }

        if (IsRepetitive(lower))
        {
            return "This password repeats a short pattern. Choose a less predictable one.";
        }

        if (IsSequential(lower))
        {
            return "This password is a simple sequence of characters. Choose a less predictable one.";
        }

        var localPart = accountName.Split('@')[0].ToLowerInvariant();
        if (localPart.Length >= 4 && lower.Contains(localPart, StringComparison.Ordinal))
        {
            return "The password must not contain your user name.";
        }

        return null;
    }

    private static readonly char[] TrailingNoise = "0123456789!@#$%^&*()-_=+.?~ ".ToCharArray();

    private static bool IsRepetitive(string password)
    {
        for (var unit = 1; unit <= password.Length / 2; unit++)
        {
            if (password.Length % unit != 0)
            {
                continue;
            }

            var pattern = password[..unit];
            if (string.Concat(Enumerable.Repeat(pattern, password.Length / unit)) == password)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSequential(string password)
    {
        if (password.Length < 2)
        {
            return false;
        }

        var step = password[1] - password[0];
        if (Math.Abs(step) != 1)
        {
            return false;
        }

        for (var i = 2; i < password.Length; i++)
        {
            if (password[i] - password[i - 1] != step)
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenSet<string> LoadBlockedPasswords()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Anodyne.CommonPasswords")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}

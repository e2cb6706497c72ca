using System.Globalization;

namespace Anodyne.Web.Infrastructure.Commands;

/// <summary>
/// A maintenance command run on the same executable instead of serving:
/// migrate, seed-demo, create-admin, token create, verify-audit, backup, restore.
/// </summary>
public sealed class ClinicCommand
{
    public static readonly IReadOnlyList<string> Names = ["migrate", "seed-demo", "create-admin", "token", "verify-audit", "backup", "restore", "help"];

    private readonly Dictionary<string, string> _options;

    private ClinicCommand(string name, IReadOnlyList<string> words, Dictionary<string, string> options)
    {
        Name = name;
        Words = words;
        _options = options;
    }

    public string Name { get; }

    /// <summary>Positional words after the command name (for "token create", the "create").</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The command, or null when the arguments mean "serve".</summary>
    public static ClinicCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('='))
        {
            return null;
        }

        var words = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                options[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
            else
            {
                words.Add(args[i]);
            }
        }

        return new ClinicCommand(args[0], words, options);
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string RequiredOption(string name) =>
        Option(name) is { Length: > 0 } value && value != "true"
            ? value
            : throw new CommandUsageException($"{Name} needs --{name}.");

    public int IntOption(string name, int fallback) =>
        Option(name) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw new CommandUsageException($"--{name} must be a whole number.");

    public Task<int> RunAsync(WebApplication app, TextWriter? output = null, TextWriter? errors = null) => CommandRunner.RunAsync(app, this, output, errors);
}

/// <summary>The command line was not understood; the message says how to call it.</summary>
public sealed class CommandUsageException(string message) : Exception(message);

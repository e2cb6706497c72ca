using System.ComponentModel.DataAnnotations;

namespace Anodyne.Web.Features.Intake;

/// <summary>
/// Runs a constructor of the clinical library and turns its guard (an <see cref="ArgumentException"/>) into a
/// validation message on the named input field, so an impossible input is answered 400 and never 500.
/// </summary>
internal static class RuleGuards
{
    public static ValidationResult? Check(Action build, Func<string?, string> fieldFor)
    {
        try
        {
            build();
            return null;
        }
        catch (ArgumentException e)
        {
            return new ValidationResult(MessageOf(e), [fieldFor(e.ParamName)]);
        }
    }

    /// <summary>The guard's own sentence, without the framework's "(Parameter 'x')" and "Actual value was" tails.</summary>
    public static string MessageOf(ArgumentException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        var actual = message.IndexOf("Actual value was", StringComparison.Ordinal);
        return (actual >= 0 ? message[..actual] : message).Trim();
    }
}

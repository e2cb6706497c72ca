namespace Anodyne.Web.Infrastructure.Commands;

/// <summary>Where a command writes: standard output for results, standard error for failures.</summary>
public sealed class CommandConsole(TextWriter output, TextWriter errors)
{
    public int Done(string message)
    {
        output.WriteLine(message);
        return 0;
    }

    public int Failed(string message)
    {
        errors.WriteLine(message);
        return 1;
    }
}

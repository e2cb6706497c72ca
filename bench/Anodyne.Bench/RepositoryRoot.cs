namespace Anodyne.Bench;

/// <summary>The folder holding Anodyne.slnx, found from the working directory or from where the bench was built.</summary>
public static class RepositoryRoot
{
    public static string Find(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return Path.GetFullPath(given);
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Anodyne.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Anodyne.slnx not found above the working directory; pass --root <repository>.");
    }
}

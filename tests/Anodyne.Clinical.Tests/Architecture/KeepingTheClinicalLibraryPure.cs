using System.Reflection;

namespace Anodyne.Clinical.Tests.Architecture;

public class KeepingTheClinicalLibraryPure
{
    [Fact]
    public void The_clinical_library_references_only_the_base_class_library()
    {
        var references = typeof(ClinicalLibrary).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib"))
            .ToList();

        Assert.Empty(references);
    }

    [Fact]
    public void The_clinical_library_never_reads_the_clock()
    {
        // "Now" is always a parameter; a rule that read DateTime.Now could not be tested against worked examples.
        var clockReaders = typeof(ClinicalLibrary).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(TimeProvider))
            .Select(f => $"{f.DeclaringType}.{f.Name}")
            .ToList();

        Assert.Empty(clockReaders);
    }
}

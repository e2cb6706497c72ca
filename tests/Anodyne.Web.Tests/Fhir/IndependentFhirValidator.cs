using System.Diagnostics;

namespace Anodyne.Web.Tests.Fhir;

/// <summary>
/// Medplum's FHIR validator (Node, tests/fhir-validation), a second opinion beside Firely's parser. The test script
/// installs it and sets ANODYNE_FHIR_VALIDATOR; without it the tests skip, unless ANODYNE_REQUIRE_FHIR_VALIDATOR=1
/// makes that a failure.
/// </summary>
internal static class IndependentFhirValidator
{
    public sealed record Verdict(int ExitCode, string Output);

    public static string Script()
    {
        var script = Environment.GetEnvironmentVariable("ANODYNE_FHIR_VALIDATOR");
        if (!string.IsNullOrEmpty(script) && File.Exists(script))
        {
            return script;
        }

        if (Environment.GetEnvironmentVariable("ANODYNE_REQUIRE_FHIR_VALIDATOR") == "1")
        {
            Assert.Fail("ANODYNE_REQUIRE_FHIR_VALIDATOR=1 but ANODYNE_FHIR_VALIDATOR does not name the installed validator script.");
        }

        Assert.Skip("The independent FHIR validator is not installed (run ./test.sh, or npm ci in tests/fhir-validation and set ANODYNE_FHIR_VALIDATOR).");
        return "";
    }

    /// <summary>Validates NDJSON files, one resource a line.</summary>
    public static async Task<Verdict> ValidateAsync(params string[] files)
    {
        var script = Script();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        // Node 20 needs the flag for the WebSocket global the package expects; later versions accept it.
        start.ArgumentList.Add("--experimental-websocket");
        start.ArgumentList.Add("--no-warnings");
        start.ArgumentList.Add(script);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return new Verdict(node.ExitCode, (await output) + (await errors));
    }
}

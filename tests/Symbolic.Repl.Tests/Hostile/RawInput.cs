using System.Text;
using System.Text.Json;

namespace Symbolic.Repl.Tests.Hostile;

/// <summary>Runs the built tool with raw bytes on standard input, under a time limit, and reads its JSON answers.</summary>
public static class RawInput
{
    /// <summary>No hostile script may take longer than this; a hang fails the test instead of stalling the run.</summary>
    public const int TimeoutSeconds = 120;

    /// <summary>Runs <c>symdiff args</c> with <paramref name="stdin"/> written byte for byte (invalid UTF-8 included).</summary>
    public static ToolRun Run(IEnumerable<string> args, byte[] stdin) =>
        SymdiffProcess.RunProgram("dotnet", [SymdiffProcess.Dll, .. args], stdin, SymdiffProcess.TempDirectory(), TimeoutSeconds);

    /// <summary>Runs the lines (joined with '\n', UTF-8) as a script.</summary>
    public static ToolRun Script(IEnumerable<string> lines, bool json) =>
        Run(json ? ["--json"] : [], Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    /// <summary>Each output line parsed as JSON, allowing values nested as deep as the parser allows.</summary>
    public static JsonElement[] Answers(ToolRun run) =>
        run.Lines.Select(l => JsonDocument.Parse(l, new JsonDocumentOptions { MaxDepth = 20_000 }).RootElement.Clone()).ToArray();

    /// <summary>Fails when the text shows signs of an unhandled .NET exception.</summary>
    public static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("Unhandled exception", text);
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception:", text);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Symbolic.Repl.Tests;

namespace Symbolic.Packaging.Tests;

/// <summary>
/// A user's first five minutes: a new console project adds Symbolic.Codegen from the packed folder only,
/// pastes the README's library example, and runs it.
/// </summary>
[Collection(PackedSolutionCollection.Name)]
public partial class FreshProjectTests(PackedSolution packed)
{
    [Fact]
    [Trait("Category", "Slow")]
    public void FreshConsoleProject_WithTheCodegenPackage_RunsTheReadmeLibraryExample()
    {
        Assert.True(packed.PackExitCode == 0, packed.PackOutput);
        var app = SymdiffProcess.TempDirectory();
        Run("dotnet", ["new", "console", "--framework", "net10.0", "--output", app], app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), packed.NuGetConfig(Path.Combine(app, "packages")));
        Run("dotnet", ["add", "package", "Symbolic.Codegen", "--version", packed.Version], app);
        File.WriteAllText(Path.Combine(app, "Program.cs"), ReadmeLibraryExample());

        var lines = Run("dotnet", ["run", "-c", "Release"], app).Lines;

        Assert.Equal("f = x^2*sin(y)", lines[0]);
        Assert.Equal("∇f = [2*x*sin(y), x^2*cos(y)]", lines[1]);
        var numbers = NumberPattern().Matches(lines[2]).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([3, 0.5, 9 * Math.Sin(0.5), 6 * Math.Sin(0.5), 9 * Math.Cos(0.5)], numbers);
    }

    /// <summary>The C# block that follows the <c>library-example</c> marker in the README.</summary>
    private static string ReadmeLibraryExample()
    {
        var readme = File.ReadAllText(Path.Combine(PackedSolution.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("<!-- library-example", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no <!-- library-example marker");
        var block = ReadmeCodeBlock().Match(readme, start);
        Assert.True(block.Success, "no ```csharp block after the library-example marker");
        return block.Groups["code"].Value;
    }

    private static ToolRun Run(string program, string[] args, string directory)
    {
        var run = SymdiffProcess.RunProgram(program, args, workingDirectory: directory, timeoutSeconds: 300);
        Assert.True(run.ExitCode == 0, $"{program} {string.Join(' ', args)} failed:\n{run.StandardOutput}\n{run.StandardError}");
        return run;
    }

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeCodeBlock();

    [GeneratedRegex(@"-?\d+(\.\d+)?(E[-+]?\d+)?")]
    private static partial Regex NumberPattern();
}

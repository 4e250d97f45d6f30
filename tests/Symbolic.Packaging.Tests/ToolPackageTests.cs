using Symbolic.Repl.Tests;

namespace Symbolic.Packaging.Tests;

[Collection(PackedSolutionCollection.Name)]
public class ToolPackageTests(PackedSolution packed)
{
    [Fact]
    [Trait("Category", "Slow")]
    public void PackedTool_InstalledIntoAToolPath_DifferentiatesFromTheCommandLine()
    {
        Assert.True(packed.PackExitCode == 0, packed.PackOutput);
        var tools = SymdiffProcess.TempDirectory();
        var config = Path.Combine(tools, "nuget.config");
        File.WriteAllText(config, packed.NuGetConfig(Path.Combine(tools, "packages")));
        var install = SymdiffProcess.RunProgram("dotnet",
            ["tool", "install", "--tool-path", tools, "--configfile", config, "--version", packed.Version, "Symbolic.Repl"],
            timeoutSeconds: 300);
        Assert.True(install.ExitCode == 0, install.StandardOutput + install.StandardError);

        var run = SymdiffProcess.RunProgram(Path.Combine(tools, OperatingSystem.IsWindows() ? "symdiff.exe" : "symdiff"), ["-e", "diff(x^3, x)"]);
        Assert.Equal(["3*x^2"], run.Lines);
        Assert.Equal(0, run.ExitCode);
    }
}

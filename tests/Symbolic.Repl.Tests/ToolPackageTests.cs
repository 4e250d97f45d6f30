namespace Symbolic.Repl.Tests;

public class ToolPackageTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void PackedTool_InstalledIntoAToolPath_DifferentiatesFromTheCommandLine()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "Symbolic.Repl");
        var packages = SymdiffProcess.TempDirectory();
        var tools = SymdiffProcess.TempDirectory();
        var pack = SymdiffProcess.RunProgram("dotnet", ["pack", project, "-c", "Release", "-o", packages], timeoutSeconds: 300);
        Assert.True(pack.ExitCode == 0, pack.StandardOutput + pack.StandardError);
        var install = SymdiffProcess.RunProgram("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "Symbolic.Repl"], timeoutSeconds: 300);
        Assert.True(install.ExitCode == 0, install.StandardOutput + install.StandardError);

        var run = SymdiffProcess.RunProgram(Path.Combine(tools, OperatingSystem.IsWindows() ? "symdiff.exe" : "symdiff"), ["-e", "diff(x^3, x)"]);
        Assert.Equal(["3*x^2"], run.Lines);
        Assert.Equal(0, run.ExitCode);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Symbolic.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("Symbolic.sln not found above the test binaries");
    }
}

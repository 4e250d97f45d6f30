using Symbolic.Repl.Tests;

namespace Symbolic.Packaging.Tests;

/// <summary>
/// The solution packed once, without building again, into a temporary folder: the packages a user would
/// download. Packing reuses the build the test run was made from (its configuration is read off the path of
/// the test binaries), so no test rebuilds a project another test project is running from.
/// </summary>
public sealed class PackedSolution
{
    public PackedSolution()
    {
        Folder = SymdiffProcess.TempDirectory();
        var pack = SymdiffProcess.RunProgram("dotnet",
            ["pack", Path.Combine(RepositoryRoot, "Symbolic.sln"), "-c", Configuration, "--no-build", "-o", Folder],
            timeoutSeconds: 600);
        PackOutput = pack.StandardOutput + pack.StandardError;
        PackExitCode = pack.ExitCode;
    }

    /// <summary>The folder holding the .nupkg and .snupkg files.</summary>
    public string Folder { get; }

    public string PackOutput { get; }

    public int PackExitCode { get; }

    /// <summary>The version every package carries (one version for all, set in Directory.Build.props).</summary>
    public string Version => typeof(Symbolic.Expr).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>Symbolic packages from the packed folder only; everything else from the machine's package cache.</summary>
    public string NuGetConfig(string globalPackages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{globalPackages}" />
          </config>
          <packageSources>
            <clear />
            <add key="symbolic" value="{Folder}" />
            <add key="machine-cache" value="{MachinePackageCache()}" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="symbolic"><package pattern="Symbolic.*" /></packageSource>
            <packageSource key="machine-cache"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    private static string MachinePackageCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The package file of <paramref name="id"/> (<c>.nupkg</c>, or <c>.snupkg</c> for symbols), prerelease suffix or not.</summary>
    public string PackageFile(string id, string extension = "nupkg") =>
        Directory.GetFiles(Folder, $"{id}.{Version}*.{extension}")
            .Single(path => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(path), $@"^{System.Text.RegularExpressions.Regex.Escape(id)}\.{System.Text.RegularExpressions.Regex.Escape(Version)}(-[a-z0-9.]+)?\.{extension}$"));

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Release or Debug: the configuration the test binaries were built in.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Symbolic.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("Symbolic.sln not found above the test binaries");
    }
}

/// <summary>Every packaging test shares one pack, and they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackedSolutionCollection : ICollectionFixture<PackedSolution>
{
    public const string Name = "packed solution";
}

using System.Diagnostics;

namespace Symbolic.Repl.Tests;

/// <summary>What one run of the tool printed and returned.</summary>
public sealed record ToolRun(string StandardOutput, string StandardError, int ExitCode)
{
    /// <summary>Standard output split into lines.</summary>
    public string[] Lines => StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs the built <c>symdiff</c> (Symbolic.Repl.dll next to the tests) as a separate process.</summary>
public static class SymdiffProcess
{
    /// <summary>The built tool.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Symbolic.Repl.dll");

    /// <summary>Runs <c>dotnet Symbolic.Repl.dll args</c> in <paramref name="workingDirectory"/>, feeding <paramref name="stdin"/>.</summary>
    public static ToolRun Run(IEnumerable<string> args, string? stdin = null, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null) =>
        RunProgram("dotnet", [Dll, .. args], stdin is null ? null : System.Text.Encoding.UTF8.GetBytes(stdin), workingDirectory, environment: environment);

    /// <summary>Runs any program, with standard input redirected (closed at once when <paramref name="stdin"/> is null).</summary>
    public static ToolRun RunProgram(string program, IEnumerable<string> args, string? stdin = null, string? workingDirectory = null, int timeoutSeconds = 120) =>
        RunProgram(program, args, stdin is null ? null : System.Text.Encoding.UTF8.GetBytes(stdin), workingDirectory, timeoutSeconds);

    /// <summary>Runs any program with <paramref name="stdin"/> written byte for byte (invalid UTF-8 included).</summary>
    public static ToolRun RunProgram(string program, IEnumerable<string> args, byte[]? stdin, string? workingDirectory = null, int timeoutSeconds = 120,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null) process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited before reading everything; the exit code and output tell the story.
        }
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeoutSeconds} s");
        }
        return new ToolRun(output.Result, errors.Result, process.ExitCode);
    }

    /// <summary>A fresh empty directory under the system temp folder.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "symdiff-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }
}

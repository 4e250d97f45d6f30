namespace Symbolic.Repl.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData("--jsno", "--json")]
    [InlineData("--timout", "--timeout")]
    [InlineData("-v", "-e")]
    public void UnknownOption_IsRejectedWithASuggestion_AndExitCode2_AndNothingRuns(string option, string suggestion)
    {
        var run = SymdiffProcess.Run([option, "-e", "grad(x*y)"]);
        Assert.Equal("", run.StandardOutput);
        Assert.Contains($"Unrecognized command or argument '{option}'", run.StandardError);
        Assert.Contains($"'{option}' was not matched. Did you mean one of the following?", run.StandardError);
        Assert.Contains($"\n{suggestion}", run.StandardError.Replace("\r\n", "\n"));
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Version_PrintsTheToolsVersion()
    {
        var run = SymdiffProcess.Run(["--version"]);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.StandardOutput);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Help_ListsTheOptions()
    {
        var run = SymdiffProcess.Run(["--help"]);
        foreach (var option in new[] { "--eval", "--json", "--timeout", "--version", "--help" }) Assert.Contains(option, run.StandardOutput);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void EvalAndPlainCommands_RunInTheOrderTyped()
    {
        var run = SymdiffProcess.Run(["let a = 2", "-e", "let a = 3", "a", "--eval", "a^2"]);
        Assert.Equal(["a = 2", "a = 3", "3", "9"], run.Lines);
    }

    [Fact]
    public void CommandsStartingWithAMinus_RunAfterDoubleDash_OrAsTheValueOfE()
    {
        Assert.Equal(["-x^2", "-1", "-y"], SymdiffProcess.Run(["-e", "-x^2", "--", "-1", "-y"]).Lines);
    }

    [Fact]
    public void Timeout_WithABadDuration_IsRejectedWithExitCode2()
    {
        var run = SymdiffProcess.Run(["--timeout", "10 apples", "-e", "1"]);
        Assert.Contains("--timeout: expected a time limit such as 10s, 500ms, 2m or off, got '10 apples'", run.StandardError);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Timeout_SetsTheSessionsLimit()
    {
        Assert.Equal(["time limit: 10 s per command"], SymdiffProcess.Run(["--timeout", "10s", "-e", "timeout"]).Lines);
    }
}

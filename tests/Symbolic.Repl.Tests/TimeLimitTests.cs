namespace Symbolic.Repl.Tests;

public class TimeLimitTests
{
    private const string LongCommand = "diff(sin(cos(tan(x^x))), x, 8)";

    [Fact]
    public void TimeoutOption_EndsALongCommandWithAClearError_AndTheNextCommandRuns()
    {
        // The long command comes first, so the short one after it runs warm and well within the limit.
        var run = SymdiffProcess.Run(["--timeout", "1s", "-e", LongCommand, "-e", "diff(x^3, x)"]);
        Assert.Equal(["3*x^2"], run.Lines);
        Assert.Equal("error: stopped after the time limit of 1 s (change it with timeout 1m, or timeout off)\n", run.StandardError.Replace("\r\n", "\n"));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void TimeoutSetting_InAScript_AppliesUntilTurnedOff()
    {
        var run = SymdiffProcess.Run(["--json"], $"timeout 1s\n{LongCommand}\ntimeout off\ndiff(x^3, x)\n");
        Assert.Equal(4, run.Lines.Length);
        Assert.Contains("\"error\": \"stopped after the time limit of 1 s", run.Lines[1]);
        Assert.Contains("\"line\": 2", run.Lines[1]);
        Assert.Contains("\"result\": \"3*x^2\"", run.Lines[3]);
    }
}

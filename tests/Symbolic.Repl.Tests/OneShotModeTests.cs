namespace Symbolic.Repl.Tests;

public class OneShotModeTests
{
    [Fact]
    public void Eval_Option_IsRepeatable_AndRunsInOneSession()
    {
        var run = SymdiffProcess.Run(["-e", "let g(x) = x^3", "--eval", "diff(g, x)", "-e", "g(2)"]);
        Assert.Equal(["g(x) = x^3", "3*x^2", "8"], run.Lines);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void PlainArguments_RunAsCommandsToo()
    {
        var run = SymdiffProcess.Run(["grad(x^2*y)", "hessian(x*y)"]);
        Assert.Equal(["[2*x*y, x^2]", "[[0, 1], [1, 0]]"], run.Lines);
    }

    [Fact]
    public void OneShot_WithJson_PrintsJsonLines()
    {
        var run = SymdiffProcess.Run(["--json", "-e", "diff(x^3, x)"]);
        Assert.Equal(["{\"input\": \"diff(x^3, x)\", \"ok\": true, \"result\": \"3*x^2\", \"value\": null}"], run.Lines);
    }

    [Fact]
    public void OneShot_WithAFailingCommand_ExitsNonZero_AndStillRunsTheRest()
    {
        var run = SymdiffProcess.Run(["-e", "sin(x", "-e", "diff(x^2, x)"]);
        Assert.Equal(["2*x"], run.Lines);
        Assert.Contains("error: expected ')' after 'sin(x'", run.StandardError);
        Assert.Equal(1, run.ExitCode);
    }
}

using System.Text.Json;

namespace Symbolic.Repl.Tests;

public class ScriptLineTests
{
    private const string Script = "1+1\n# c\ngrad(x^2\n";

    [Fact]
    public void ScriptError_NamesTheScriptLine_OnStandardError()
    {
        var run = SymdiffProcess.Run([], Script);
        Assert.Equal(["2"], run.Lines);
        Assert.Equal("line 3: error: expected ')' after 'grad(x^2'\n  grad(x^2\n          ^\n", run.StandardError.Replace("\r\n", "\n"));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void ScriptError_NamesTheScriptLine_InJson()
    {
        var error = JsonDocument.Parse(SymdiffProcess.Run(["--json"], Script).Lines[1]).RootElement;
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(9, error.GetProperty("column").GetInt32());
    }

    [Fact]
    public void LineEndingInBackslash_ContinuesOnTheNext_AndErrorsPointIntoTheContinuation()
    {
        var run = SymdiffProcess.Run(["--json"], "grad(x^2 + \\\n  y^2)\nx + \\\n  y $ 2\n");
        var answers = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal("grad(x^2 + \n  y^2)", answers[0].GetProperty("input").GetString());
        Assert.Equal("[2*x, 2*y]", answers[0].GetProperty("result").GetString());
        Assert.Equal("unexpected character '$'", answers[1].GetProperty("error").GetString());
        Assert.Equal(4, answers[1].GetProperty("line").GetInt32());
        Assert.Equal(5, answers[1].GetProperty("column").GetInt32());
    }

    [Fact]
    public void OneShotErrors_NameNoScriptLine()
    {
        var run = SymdiffProcess.Run(["-e", "1", "-e", "sin(x"]);
        Assert.StartsWith("error: expected ')' after 'sin(x'", run.StandardError);
    }
}

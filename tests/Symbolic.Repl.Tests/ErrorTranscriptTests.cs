using System.Text.Json;

namespace Symbolic.Repl.Tests;

public class ErrorTranscriptTests
{
    private static readonly (string Input, string Error, int Column)[] Errors =
    [
        ("sin(x", "expected ')' after 'sin(x'", 6),
        ("(x + 1))", "unmatched ')'", 8),
        ("x $ y", "unexpected character '$'", 3),
        ("sinn(x)", "unknown function 'sinn' — did you mean 'sin'?", 1),
        ("sin(x, y)", "sin takes 1 argument, got 2", 1),
        ("eval(x + y, x=1)", "variable 'y' has no value; bind it, e.g. y=1", 6),
        ("ddir(x^2 + y^2, [0, 0])", "the direction is the zero vector, which has no unit direction", 17),
        ("ddir(x^2 + y^2, [1, 2, 3])", "the direction has 3 components but there are 2 variables (x, y)", 17),
        ("diff(x^2, x, -1)", "the order of a derivative must be 0 or more, got -1", 14),
        ("let f(x) = x^2", "", 0),
        ("f(1, 2)", "f takes 1 argument, got 2", 1),
        ("grad(x, [x + 1])", "'x + 1' is not a variable", 9),
        ("hessian(x^2*y, [x, y, x])", "'x' appears twice in the variable list", 16),
        ("descend(x^2, [1], steps=1.5)", "steps= must be a whole number from 0 to 10000000, got 1.5", 25),
        ("newton(x^2, [1], tol=-1)", "tol= must be 0 or more, got -1", 22),
        ("descend(x^2, [1, 2])", "the start point has 2 components but there is 1 variable (x)", 14),
    ];

    private static readonly Lazy<ToolRun> Run = new(() =>
        SymdiffProcess.Run(["--json"], string.Join("\n", Errors.Select(e => e.Input)) + "\ndiff(x^2, x)\n"));

    [Fact]
    public void EachBadLine_GivesItsMessageAndPosition()
    {
        var answers = Run.Value.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(Errors.Length + 1, answers.Length);
        for (var i = 0; i < Errors.Length; i++)
        {
            var (input, error, column) = Errors[i];
            if (error.Length == 0) continue;
            Assert.Equal(input, answers[i].GetProperty("input").GetString());
            Assert.False(answers[i].GetProperty("ok").GetBoolean());
            Assert.StartsWith(error, answers[i].GetProperty("error").GetString());
            Assert.Equal(i + 1, answers[i].GetProperty("line").GetInt32());
            Assert.Equal(column, answers[i].GetProperty("column").GetInt32());
        }
    }

    [Fact]
    public void AfterErrors_TheSessionGoesOn_AndTheExitCodeIsNonZero()
    {
        Assert.Equal("{\"input\": \"diff(x^2, x)\", \"ok\": true, \"result\": \"2*x\", \"value\": null}", Run.Value.Lines[^1]);
        Assert.Equal(1, Run.Value.ExitCode);
        Assert.DoesNotContain("   at ", Run.Value.StandardOutput + Run.Value.StandardError);
    }

    [Fact]
    public void ScriptMode_PrintsTheErrorWithTheLineAndACaret()
    {
        var run = SymdiffProcess.Run([], "x $ y\n");
        Assert.Equal("line 1: error: unexpected character '$'\n  x $ y\n    ^\n", run.StandardError.Replace("\r\n", "\n"));
        Assert.Equal(1, run.ExitCode);
    }
}

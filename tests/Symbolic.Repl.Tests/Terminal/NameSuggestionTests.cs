namespace Symbolic.Repl.Tests.Terminal;

public class NameSuggestionTests
{
    [Theory]
    [InlineData("hesian(x^2)", "unknown function 'hesian' — did you mean 'hessian'?")]
    [InlineData("Sin(x)", "unknown function 'Sin' — did you mean 'sin'?")]
    [InlineData("gradient(x*y)", "unknown function 'gradient' — did you mean 'grad'?")]
    [InlineData("derivative(x^2, x)", "unknown function 'derivative' — did you mean 'diff'?")]
    [InlineData("sinn(x)", "unknown function 'sinn' — did you mean 'sin'?")]
    [InlineData("qqqqqq(x)", "unknown function 'qqqqqq' (type 'help' for the list of commands and functions)")]
    [InlineData("sin x", "'sin' is a function: write 'sin(x)'")]
    public void MisspeltName_GetsTheNearestName(string input, string message)
    {
        var result = new Session().Run(input);
        Assert.False(result.Ok);
        Assert.Equal(message, result.Text);
    }

    [Fact]
    public void DefinedNames_AreSuggestedToo()
    {
        var session = new Session();
        session.Run("let loss(w) = w^2");
        Assert.Equal("unknown function 'los' — did you mean 'loss'?", session.Run("los(3)").Text);
    }

    [Theory]
    [InlineData("x² − 3×x·y", "x^2 - 3*x*y")]
    [InlineData("sin(pi)", "0")]
    [InlineData("cos(pi)", "-1")]
    [InlineData("sqrt(8)", "2*sqrt(2)")]
    public void TypesetAndExactInput_ReadsAsAPersonMeansIt(string input, string printed) =>
        Assert.Equal(printed, new Session().Run(input).Text);

    [Theory]
    [InlineData("quit()")]
    [InlineData("exit()")]
    [InlineData("quit")]
    public void LeaveWords_EndAScript(string leave)
    {
        var run = SymdiffProcess.Run([], $"1 + 1\n{leave}\n2 + 2\n");
        Assert.Equal(["2"], run.Lines);
        Assert.Equal(0, run.ExitCode);
    }
}

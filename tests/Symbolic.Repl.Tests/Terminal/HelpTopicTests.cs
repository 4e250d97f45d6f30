using Symbolic.Repl.Commands;

namespace Symbolic.Repl.Tests.Terminal;

public class HelpTopicTests
{
    [Fact]
    public void HelpDiff_GivesUsageAndAWorkedExample()
    {
        var result = new Session().Run("help diff");
        Assert.True(result.Ok);
        Assert.Equal("usage: diff(e, x[, y...]) or diff(e, x, n)\n  partial derivative; a number n is the order\nexample: diff(x^3, x, 2)\n  6*x",
            result.Text.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("?diff", "usage: diff(")]
    [InlineData("? diff", "usage: diff(")]
    [InlineData("help sin", "example: diff(sin(x), x)\n  cos(x)")]
    [InlineData("?sin", "usage: sin(x)")]
    [InlineData("help grad()", "usage: grad(")]
    [InlineData("help plot", "example: plot(")]
    [InlineData("help let", "let f(x, y) = x^2 - x*y\n  define a function; f(3, 4) calls it\nlet a = 3\n  define a value")]
    [InlineData("?timeout", "timeout 10s, timeout off\n  a time limit for each command")]
    [InlineData("help exit", "quit\n  leave (or Ctrl-D); exit and quit() too")]
    public void HelpOnOneName_AnswersForThatName(string input, string expected) =>
        Assert.Contains(expected, new Session().Run(input).Text.ReplaceLineEndings("\n"));

    [Theory]
    [InlineData("help hesian", "no help for 'hesian' — did you mean 'hessian'?", 6)]
    [InlineData("?Sin", "no help for 'Sin' — did you mean 'sin'?", 2)]
    [InlineData("help unlett", "no help for 'unlett' — did you mean 'unlet'?", 6)]
    [InlineData("help zzzz", "no help for 'zzzz'; 'help' lists the commands and functions", 6)]
    public void HelpOnAnUnknownName_SuggestsTheNearest(string input, string message, int column)
    {
        var result = new Session().Run(input);
        Assert.False(result.Ok);
        Assert.Equal(message, result.Text);
        Assert.Equal(column, result.Column);
    }

    [Fact]
    public void EveryCommandAndFunction_HasHelpWithAnExample()
    {
        foreach (var name in CommandTable.All.Select(c => c.Name).Concat(FunctionTable.All.Select(f => f.Name)))
        {
            var text = HelpTopics.Describe(name);
            Assert.NotNull(text);
            Assert.Contains("example: ", text);
        }
    }

    [Fact]
    public void HelpTable_FitsEightyColumns()
    {
        var lines = HelpText.Full().ReplaceLineEndings("\n").Split('\n');
        Assert.True(lines.Length > 40);
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
    }
}

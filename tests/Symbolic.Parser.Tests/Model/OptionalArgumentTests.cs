namespace Symbolic.Parser.Tests.Model;

/// <summary>A function with an optional argument (log's base) is declared in its table row, not special-cased.</summary>
public class OptionalArgumentTests
{
    [Theory]
    [InlineData("log(x, 2)", "log(x)/log(2)")]
    [InlineData("log(8, 2)", "log(8)/log(2)")]
    [InlineData("log(x)", "log(x)")]
    [InlineData("ln(x)", "log(x)")]
    public void Log_WithOrWithoutABase_IsTheQuotientOfNaturalLogs(string text, string expected) =>
        Assert.Same(Expressions.Parse(expected), Expressions.Parse(text));

    [Fact]
    public void Log_WithThreeArguments_SaysItTakesOneOrTwo() =>
        Assert.Equal("log takes 1 or 2 arguments, got 3",
            Assert.ThrowsAny<SymbolicException>(() => Expressions.Parse("log(x, 2, 3)")).Message);

    [Fact]
    public void Sin_WithTwoArguments_SaysItTakesOne() =>
        Assert.Equal("sin takes 1 argument, got 2",
            Assert.ThrowsAny<SymbolicException>(() => Expressions.Parse("sin(x, 2)")).Message);

    [Fact]
    public void LogAndSqrtFactories_AreTheParsedForms()
    {
        var x = Expr.Var("x");
        Assert.Same(Expressions.Parse("log(x)"), Expr.Log(x));
        Assert.Same(Expressions.Parse("sqrt(x)"), Expr.Sqrt(x));
    }
}

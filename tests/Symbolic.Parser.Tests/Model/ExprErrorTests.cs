namespace Symbolic.Parser.Tests.Model;

/// <summary>Errors found while building the Expr (unknown functions, wrong arity) carry a message, a line and a column.</summary>
public class ExprErrorTests
{
    [Fact]
    public void UnknownFunction_SuggestsTheClosestName_WithItsPosition()
    {
        var e = Assert.ThrowsAny<SymbolicException>(() => Expressions.Parse("1 + sinn(x)"));
        Assert.Contains("unknown function 'sinn'", e.Message);
        Assert.Contains("did you mean 'sin'?", e.Message);
        Assert.Equal(1, e.Line);
        Assert.Equal(5, e.Column);
    }

    [Fact]
    public void WrongArity_SaysHowManyArgumentsTheFunctionTakes_WithItsPosition()
    {
        var e = Assert.ThrowsAny<SymbolicException>(() => Expressions.Parse("x +\n  sin(x, y)"));
        Assert.Equal("sin takes 1 argument, got 2", e.Message);
        Assert.Equal(2, e.Line);
        Assert.Equal(3, e.Column);
    }

    [Fact]
    public void TwoArgumentFunction_GivenOne_SaysTwo()
    {
        var e = Assert.ThrowsAny<SymbolicException>(() => Expressions.Parse("atan2(x)"));
        Assert.Equal("atan2 takes 2 arguments, got 1", e.Message);
        Assert.Equal(1, e.Column);
    }
}

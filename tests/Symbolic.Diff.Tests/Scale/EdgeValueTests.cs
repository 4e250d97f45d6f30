using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests.Scale;

/// <summary>The documented outcomes of numbers that would eat memory and of undefined values.</summary>
public class EdgeValueTests
{
    [Theory]
    [InlineData("1e999999999", "too large")]
    [InlineData("10^10^10", "too large")]
    [InlineData("2^99999999", "too large")]
    [InlineData("(3/7)^123456789", "too large")]
    [InlineData("1/0", "division by zero")]
    [InlineData("0^-1", "division by zero")]
    [InlineData("x/(y - y)", "division by zero")]
    public void ExactArithmeticThatCannotBeDone_IsAClearErrorWithAPlace(string text, string message)
    {
        var e = Assert.ThrowsAny<SymbolicException>(() => P(text));
        Assert.Contains(message, e.Message);
        Assert.NotNull(e.Column);
    }

    [Theory]
    [InlineData("0^0", "1")]
    [InlineData("log(0)", "log(0)")]
    [InlineData("sqrt(-1)", "sqrt(-1)")]
    [InlineData("log(1)", "0")]
    [InlineData("2^100", "1267650600228229401496703205376")]
    [InlineData("sqrt(16/9)", "4/3")]
    public void ExactSimplification_HasTheDocumentedResult(string text, string printed) =>
        Assert.Equal(printed, P(text).ToString());

    [Fact]
    public void NumericEvaluation_FollowsIeee()
    {
        Assert.Equal(double.NegativeInfinity, Eval(P("log(x)"), ("x", 0.0)));
        Assert.True(double.IsNaN(Eval(P("sqrt(x)"), ("x", -1.0))));
        Assert.Equal(double.PositiveInfinity, Eval(P("1/x"), ("x", 0.0)));
        Assert.Equal(1, Eval(P("x^0"), ("x", 0.0)));
        Assert.Equal(double.PositiveInfinity, Eval(P("x^y"), ("x", 10.0), ("y", 1e10)));
    }

    [Fact]
    public void DerivativeOfAHugePower_StaysSymbolicAndSmall()
    {
        var d = Calculus.Diff(P("x^(10^9)"), V("x"));
        Assert.Equal("1000000000*x^999999999", d.ToString());
    }
}

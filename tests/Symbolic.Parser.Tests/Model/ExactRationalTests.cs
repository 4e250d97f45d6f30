namespace Symbolic.Parser.Tests.Model;

/// <summary>Decimal literals are exact rationals.</summary>
public class ExactRationalTests
{
    [Theory]
    [InlineData("0.1 + 0.2", "3/10")]
    [InlineData("1e-4", "1/10000")]
    [InlineData("2.5E+3", "2500")]
    [InlineData(".5", "1/2")]
    [InlineData("0.1*3", "3/10")]
    [InlineData("1/3 + 1/6", "1/2")]
    [InlineData("-0.25", "-1/4")]
    public void Literal_IsExact(string text, string printed) =>
        Assert.Equal(printed, Expressions.Print(Expressions.Parse(text)));

    [Fact]
    public void PointOnePlusPointTwo_IsExactlyThreeTenths()
    {
        var n = Assert.IsType<Number>(Expressions.Parse("0.1 + 0.2"));
        Assert.Equal(new Symbolic.Numbers.Rational(3, 10), n.Value);
        Assert.Same(Expr.Num(new Symbolic.Numbers.Rational(3, 10)), n);
    }
}

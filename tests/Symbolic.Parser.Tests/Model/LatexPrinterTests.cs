namespace Symbolic.Parser.Tests.Model;

/// <summary>LaTeX: \frac, \sqrt, \sin, x^{..}, and \cdot only where two factors would run together.</summary>
public class LatexPrinterTests
{
    [Theory]
    [InlineData("a/b", @"\frac{a}{b}")]
    [InlineData("sqrt(x)", @"\sqrt{x}")]
    [InlineData("sin(x)", @"\sin\left(x\right)")]
    [InlineData("x^(n+1)", @"x^{n + 1}")]
    [InlineData("2*x - y", "2 x - y")]
    [InlineData("3*2^x", @"3 \cdot 2^{x}")]
    [InlineData("1/2", @"\frac{1}{2}")]
    [InlineData("pi*r^2", @"\pi r^{2}")]
    [InlineData("abs(x - 1)", @"\left|x - 1\right|")]
    [InlineData("exp(-x^2)", @"e^{-x^{2}}")]
    [InlineData("2*abs(x)", @"2 \left|x\right|")]
    public void ToLatex_WritesTheExpectedSource(string text, string latex) =>
        Assert.Equal(latex, Expressions.ToLatex(Expressions.Parse(text)));

    [Fact]
    public void ToLatex_UsesCdotOnlyBetweenDigits()
    {
        Assert.DoesNotContain(@"\cdot", Expressions.ToLatex(Expressions.Parse("2*x*y")));
        Assert.Contains(@"\cdot", Expressions.ToLatex(Expressions.Parse("2*3^x")));
    }
}

using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>
/// The simplifier's built-in steps for repeated derivatives: shared factors taken out of sums, numeric content
/// taken out of a product's sums so equal sums merge, polynomials kept expanded, the value unchanged.
/// </summary>
public class CommonFactorTests
{
    [Theory]
    [InlineData("4*x^2*exp(-x^2) - 2*exp(-x^2)", "(4*x^2 - 2)*exp(-x^2)")]
    [InlineData("(2*log(x) + 2)*(4*log(x) + 4)", "8*(log(x) + 1)^2")]
    [InlineData("sin(y)*a + sin(y)*b + c", "sin(y)*(a + b) + c")]
    [InlineData("x^x*log(x) + x^x", "x^x*(log(x) + 1)")]
    [InlineData("x^2 - x*y", "x^2 - x*y")]
    [InlineData("x^2*y + x*z", "x^2*y + x*z")]
    [InlineData("x*y + x*z + w", "x*(y + z) + w")]
    [InlineData("(a - b)*(b - a)", "-(a - b)^2")]
    [InlineData("4096*x^12 - 135168*x^10 + 665280", "4096*x^12 - 135168*x^10 + 665280")]
    public void Simplify_TakesOutWhatTermsShare(string input, string expected) =>
        Assert.Same(P(expected), Simplifier.Simplify(P(input)));

    [Fact]
    public void TwelfthDerivativeOfAGaussian_IsExpTimesAnExpandedPolynomial() =>
        Assert.Same(
            P("exp(-x^2)*(4096*x^12 - 135168*x^10 + 1520640*x^8 - 7096320*x^6 + 13305600*x^4 - 7983360*x^2 + 665280)"),
            Simplifier.Simplify(Calculus.Diff(P("exp(-x^2)"), V("x"), 12)));

    [Theory]
    [InlineData("sin(cos(tan(x^x)))", 4)]
    [InlineData("x^x^x", 3)]
    [InlineData("tanh(x)", 8)]
    [InlineData("1/(1 + 25*x^2)", 6)]
    public void SimplifiedRepeatedDerivative_IsNoLarger_AndHasTheSameValue(string f, int order)
    {
        var raw = Calculus.Diff(P(f), V("x"), order);
        var simplified = Simplifier.Simplify(raw);
        Assert.True(Simplifier.Size(simplified).TreeNodes <= Simplifier.Size(raw).TreeNodes);
        foreach (var x in new[] { 0.3, 0.7, 1.1 })
        {
            var expected = Eval(raw, ("x", x));
            Assert.Equal(expected, Eval(simplified, ("x", x)), Math.Abs(expected) * 1e-9 + 1e-9);
        }
    }
}

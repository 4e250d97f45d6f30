using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>The raw output of <see cref="Calculus"/>, before any simplification rule, printed (the textbook table of derivatives).</summary>
public class PrintedDerivativeTests
{
    [Theory]
    [InlineData("3*a", "a", "3")]
    [InlineData("a^3", "a", "3*a^2")]
    [InlineData("log(a)", "a", "1/a")]
    [InlineData("sqrt(x)", "x", "1/(2*sqrt(x))")]
    [InlineData("x/2 + x/2", "x", "1")]
    [InlineData("x^x", "x", "x^x*(log(x) + 1)")]
    [InlineData("sigmoid(x)", "x", "sigmoid(x)*(1 - sigmoid(x))")]
    public void Diff_PrintsTheTextbookForm(string f, string x, string expected) =>
        Assert.Equal(expected, Calculus.Diff(P(f), V(x)).ToString());

    [Fact]
    public void Gradient_OfXSquaredMinusXY_Prints2xMinusYAndMinusX() =>
        Assert.Equal("[2*x - y, -x]", Print(Calculus.Gradient(P("x^2 - x*y"))));

    [Fact]
    public void Simplify_LeavesTheTextbookDerivativesAsTheyAre()
    {
        foreach (var (f, x) in new[] { ("a^3", "a"), ("sqrt(x)", "x"), ("x^x", "x"), ("sigmoid(x)", "x") })
        {
            var raw = Calculus.Diff(P(f), V(x));
            Assert.Same(raw, Simplifier.Simplify(raw));
        }
    }
}

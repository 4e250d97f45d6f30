using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>Calculus.Taylor: exact coefficients, removable singularities, and clear errors where no series exists.</summary>
public class TaylorTests
{
    [Theory]
    [InlineData("exp(x)", "0", 4, "1 + x + x^2/2 + x^3/6 + x^4/24")]
    [InlineData("sin(x)/x", "0", 6, "1 - x^2/6 + x^4/120 - x^6/5040")]
    [InlineData("(exp(x) - 1)/x", "0", 3, "1 + x/2 + x^2/6 + x^3/24")]
    [InlineData("tan(x)", "0", 7, "x + x^3/3 + 2*x^5/15 + 17*x^7/315")]
    [InlineData("1/(1 - x)", "0", 3, "1 + x + x^2 + x^3")]
    [InlineData("sqrt(1 + x)", "0", 3, "1 + x/2 - x^2/8 + x^3/16")]
    [InlineData("log(x)", "1", 3, "(x - 1) - (x - 1)^2/2 + (x - 1)^3/3")]
    [InlineData("x^x", "1", 3, "1 + (x - 1) + (x - 1)^2 + (x - 1)^3/2")]
    [InlineData("cos(x)*y", "pi", 2, "-y + y*(x - pi)^2/2")]
    [InlineData("x^3 + 2*x", "0", 5, "2*x + x^3")]
    [InlineData("x^3", "0", 2, "0")]
    public void Taylor_HasTheTextbookCoefficients(string f, string a, int order, string expected) =>
        Assert.Same(P(expected), Calculus.Taylor(P(f), V("x"), P(a), order));

    [Fact]
    public void TaylorCoefficients_AreTheDerivativesOverFactorials()
    {
        // c_k = f^(k)(a)/k!, checked against the symbolic derivatives at a rational point.
        var f = P("sin(cos(x))*exp(x/3)");
        var a = P("1/2");
        var coefficients = Calculus.TaylorCoefficients(f, V("x"), a, 5);
        var derivative = f;
        double factorial = 1;
        for (var k = 0; k <= 5; k++)
        {
            if (k > 0) { derivative = Calculus.Diff(derivative, V("x")); factorial *= k; }
            var expected = Eval(derivative, ("x", 0.5)) / factorial;
            Assert.Equal(expected, Evaluator.Evaluate(coefficients[k], new Dictionary<string, double>()), Math.Abs(expected) * 1e-12 + 1e-14);
        }
    }

    [Theory]
    [InlineData("1/x", "0", "has a pole at x = 0")]
    [InlineData("log(x)", "0", "log(x) is not analytic at x = 0")]
    [InlineData("sqrt(x)", "0", "is not analytic at x = 0")]
    [InlineData("abs(x)", "0", "abs(x) is not analytic at x = 0")]
    [InlineData("exp(1/x)", "0", "has an essential singularity at x = 0")]
    [InlineData("sin(x)", "x", "the point x depends on x")]
    public void Taylor_WhereNoSeriesExists_IsAClearError(string f, string a, string message)
    {
        var e = Assert.Throws<SymbolicException>(() => Calculus.Taylor(P(f), V("x"), P(a), 3));
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Calculus.MaxTaylorOrder + 1)]
    public void Taylor_OfANegativeOrAbsurdOrder_IsAClearError(int order) =>
        Assert.Throws<SymbolicException>(() => Calculus.Taylor(P("exp(x)"), V("x"), Expr.Zero, order));

    [Fact]
    public void Taylor_Cancelled_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Calculus.Taylor(P("sin(cos(tan(x)))"), V("x"), Expr.Zero, 20, cancelled.Token));
    }
}

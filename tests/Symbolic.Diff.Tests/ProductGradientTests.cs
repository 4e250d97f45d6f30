using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>The product rule in reverse mode: each partial is the canonical product of the other factors.</summary>
public class ProductGradientTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(100)]
    public void Gradient_OfAProductOfVariables_IsTheProductOfTheOthers(int n)
    {
        var xs = Enumerable.Range(1, n).Select(i => V($"x{i}")).ToArray();
        var g = Calculus.Gradient(Expr.Multiply(xs), xs);
        for (var i = 0; i < n; i++)
            Assert.Same(Expr.Multiply(xs.Where((_, j) => j != i)), g[i]);
    }

    [Fact]
    public void Gradient_OfAProductWithCoefficientPowersAndCalls_MatchesTheFactorsBuiltByHand()
    {
        var factors = new List<Expr> { Expr.Num(-3), Expr.Pow(V("a"), 2), Expr.Apply("sin", V("b")), V("c") };
        factors.AddRange(Enumerable.Range(0, 20).Select(i => V($"w{i}")));
        var f = Expr.Multiply(factors);
        var g = Calculus.Gradient(f, [V("a"), V("b"), V("c"), V("w7")]);
        var rest = factors.Where(e => e != Expr.Pow(V("a"), 2)).ToList();
        Assert.Same(Expr.Multiply([.. rest, Expr.Num(2), V("a")]), g[0]);
        Assert.Same(Expr.Multiply([.. factors.Where(e => e != Expr.Apply("sin", V("b"))), Expr.Apply("cos", V("b"))]), g[1]);
        Assert.Same(Expr.Multiply(factors.Where(e => e != V("c"))), g[2]);
        Assert.Same(Expr.Multiply(factors.Where(e => e != V("w7"))), g[3]);
    }

    [Fact]
    public void Gradient_OfAProductInsideAChain_CarriesTheOuterDerivative() =>
        Assert.Same(P("2*y*z*(x*y*z + 1)"), Calculus.Gradient(P("(x*y*z + 1)^2"), [V("x")])[0]);
}

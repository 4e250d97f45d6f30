using Symbolic.Binding;
using Symbolic.Syntax;
using static Symbolic.Diff.Tests.TestSupport;
using static Symbolic.Testing.TestFunctions;

namespace Symbolic.Diff.Tests.Scale;

/// <summary>
/// Machine-sized inputs through parse, gradient, simplify and print: they finish, and their sizes grow
/// linearly. Timings live in the benchmark project, not here.
/// </summary>
public class ScaleTests
{
    [Fact]
    public void Rosenbrock10000_ParsesAndDifferentiates_WithAGradientWithinFourTimesF()
    {
        var f = P(RosenbrockText(10_000, first: 1));
        var vars = Calculus.VariablesOf(f);
        Assert.Equal(10_000, vars.Count);
        Assert.Equal("x2", ((Variable)vars[1]).Name);
        var g = Calculus.Gradient(f, vars);
        Assert.True(ExprWalk.CountNodes(g) <= 4 * f.CountNodes());
        var at = vars.ToDictionary(v => ((Variable)v).Name, _ => 1.0);
        Assert.All(Evaluator.EvaluateAll(g, at), component => Assert.Equal(0, component));   // (1, …, 1) is the minimum
    }

    [Fact]
    public void SumOfHundredThousandTerms_ParsesAndDifferentiates()
    {
        const int n = 100_000;
        var text = SinExpSumText(n);
        var f = P(text);
        Assert.Equal(n, f.Args.Count);
        var g = Calculus.Gradient(f);
        Assert.Equal(n + 1, g.Length);
        Assert.True(ExprWalk.CountNodes(g) <= 4 * f.CountNodes());
        Assert.Equal("cos(x5)*exp(x6) + exp(x5)*sin(x4)", g[5].ToString());
    }

    [Fact]
    public void SinNestedTenThousandDeep_DifferentiatesSimplifiesAndPrints()
    {
        var text = string.Concat(Enumerable.Repeat("sin(", 10_000)) + "x" + new string(')', 10_000);
        var f = P(text);
        Assert.Equal(10_001, f.Depth);
        var d = Calculus.Diff(f, V("x"));
        Assert.True(d.CountNodes() < 4 * f.CountNodes());
        var simplified = Simplifier.Simplify(d);
        Assert.Equal(1.0, Eval(simplified, ("x", 0.0)));      // every sin(…0…) is 0, every cos is 1
        Assert.Same(f, P(f.ToString()));
        // Written out, the derivative repeats each inner chain in every cosine: ~250 million characters.
        var tooLarge = Assert.Throws<SymbolicException>(() => d.ToString());
        Assert.Contains("too large to print", tooLarge.Message);
    }

    [Fact]
    public void SquaredChainThousandDeep_DifferentiatesSimplifiesAndPrints()
    {
        // ((x+1)^2+1)^2 … nested 1,000 times: the derivative is a product of 1,000 chain factors.
        var text = "x";
        for (var i = 0; i < 1_000; i++) text = $"({text} + 1)^2";
        var f = P(text);
        var d = Calculus.Diff(f, V("x"));
        Assert.True(d.CountNodes() <= 4 * f.CountNodes());
        var simplified = Simplifier.Simplify(d);
        var printed = simplified.ToString();
        Assert.True(printed.Length > SyntaxParser.MaxInputLength);   // each factor repeats the whole inner chain
        var longInput = ParserOptions.Default with { MaxInputLength = 2 * printed.Length };
        Assert.Same(simplified, new Binder(printed).Bind(SyntaxParser.ParseExpression(printed, longInput)));
        // The chain rule gives 2^1000 times the product of every level's (inner + 1).
        Assert.IsType<Product>(d);
        Assert.Same(Expr.Pow(Expr.Num(2), Expr.Num(1_000)), d.Args[0]);
        Assert.Equal(1_001, d.Args.Count);
        Assert.Contains(P("x + 1"), d.Args);
    }

    [Fact]
    public void RepeatedDifferentiation_PastTheSizeLimit_IsAClearError()
    {
        using (SymbolicLimits.Use(SymbolicLimits.Current with { MaxNodes = 200 }))
        {
            var e = Assert.Throws<SymbolicException>(() => Calculus.Diff(P("exp(sin(x)*cos(x)^2)"), V("x"), 50));
            Assert.Contains("too large", e.Message);
            Assert.Contains("SymbolicLimits.MaxNodes", e.Message);
        }
    }
}

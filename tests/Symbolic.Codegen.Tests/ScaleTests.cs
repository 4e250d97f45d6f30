using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

public class ScaleTests
{
    [Fact]
    public void TenThousandDeepSineChain_CompilesAndRuns()
    {
        var f = Expr.Var("x");
        for (var i = 0; i < 10_000; i++) f = Expr.Apply("sin", f);
        var expected = 0.5;
        for (var i = 0; i < 10_000; i++) expected = Math.Sin(expected);

        Assert.Equal(expected, Compiler.Value(f)([0.5]));
    }

    [Fact]
    public void ThousandDeepSineChain_GradientCompilesAndRuns()
    {
        // Depth 1,000 rather than 10,000: the symbolic gradient of the chain is a product of 10,000 cosines that
        // Calculus.Gradient builds in quadratic time today (reported to Symbolic.Diff); compiling it is not the limit.
        var f = Expr.Var("x");
        for (var i = 0; i < 1_000; i++) f = Expr.Apply("sin", f);
        double value = 0.5, derivative = 1;
        for (var i = 0; i < 1_000; i++) { derivative *= Math.Cos(value); value = Math.Sin(value); }

        var gradient = new double[1];
        Assert.Equal(value, Compiler.ValueAndGradient(f)([0.5], gradient));
        Assert.Equal(derivative, gradient[0], Tolerance.Relative(derivative));
    }

    [Fact]
    public void HundredThousandNodeExpression_CompilesAndRuns()
    {
        // sum over i of sin(x_i mod 50 * i) * (i + y): every term distinct, about 100,000 distinct nodes in all.
        var x = Enumerable.Range(0, 50).Select(i => Expr.Var($"x{i}")).ToArray();
        var y = Expr.Var("y");
        var terms = Enumerable.Range(1, 20_000).Select(i => Expr.Apply("sin", Expr.Num(i) * x[i % 50]) * (Expr.Num(i) + y));
        var f = Expr.Add(terms);
        Assert.True(f.CountNodes() >= 100_000, $"expected 100,000 nodes, got {f.CountNodes()}");

        var point = Enumerable.Range(0, 51).Select(i => 0.001 * i).ToArray();
        var names = ExprWalk.Variables(f);
        var expected = Evaluator.Evaluate(f, CompiledValueTests.Bindings(names, point));
        Assert.Equal(expected, Compiler.Value(f)(point), Tolerance.Relative(expected));
    }

    [Fact]
    public void DeepProductChain_CompilesWithoutRecursingThroughTheDepth()
    {
        // ((x + 1)*x + 1)*x + ... : alternating sums and products 20,000 levels deep.
        var x = Expr.Var("x");
        var f = x;
        for (var i = 0; i < 10_000; i++) f = f * x + Expr.One;
        var expected = Evaluator.Evaluate(f, new Dictionary<string, double> { ["x"] = 0.5 });
        Assert.Equal(expected, Compiler.Value(f)([0.5]), Tolerance.Relative(expected));
    }
}

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

    [Fact]
    public void LongValueAndGradient_SplitIntoChunkMethods_MatchesInterpretedEvaluation()
    {
        // Rosenbrock in 400 variables: several thousand statements, so the body is split into chunk methods and
        // locals cross chunk boundaries through the scratch buffer.
        var terms = Enumerable.Range(0, 399).Select(i =>
            $"100*(x{i + 1} - x{i}^2)^2 + (1 - x{i})^2 + sin(x{i} * x{(i * 7) % 400})");
        var f = Expressions.Parse(string.Join(" + ", terms));
        var names = ExprWalk.Variables(f);
        var point = names.Select((_, i) => 0.25 + 0.5 * ((i * 0.618) % 1)).ToArray();
        var bindings = CompiledValueTests.Bindings(names, point);
        var expectedGradient = Evaluator.EvaluateAll(Calculus.Gradient(f), bindings);
        var expectedValue = Evaluator.Evaluate(f, bindings);

        var gradient = new double[names.Count];
        Assert.Equal(expectedValue, Compiler.ValueAndGradient(f)(point, gradient), Tolerance.Relative(expectedValue));
        Assert.Equal(expectedValue, Compiler.Value(f)(point), Tolerance.Relative(expectedValue));
        for (var i = 0; i < names.Count; i++) Assert.Equal(expectedGradient[i], gradient[i], Tolerance.Relative(expectedGradient[i]));
    }
}

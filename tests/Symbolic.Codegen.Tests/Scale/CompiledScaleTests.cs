using Symbolic.Codegen;
using static Symbolic.Testing.TestFunctions;

namespace Symbolic.Codegen.Tests.Scale;

/// <summary>
/// Machine-sized expressions parsed from text, differentiated, compiled to one value-and-gradient delegate and run:
/// the compiled numbers agree with the interpreter (and with hand-written loops where one is easy to write).
/// Timings belong to the benchmark project (ScaleTable), not here.
/// </summary>
public class CompiledScaleTests
{
    private static string[] Names(string prefix, int from, int count) =>
        Enumerable.Range(from, count).Select(i => $"{prefix}{i}").ToArray();


    private static void AssertGradientMatchesInterpreter(Expr f, IReadOnlyList<string> names, double[] point)
    {
        var gradient = Calculus.Gradient(f, names.Select(Expr.Var).ToArray());
        var compiled = Compiler.ValueAndGradient(f, names);
        var computed = new double[names.Count];
        var value = compiled(point, computed);

        var bindings = CompiledValueTests.Bindings(names, point);
        var expectedValue = Evaluator.Evaluate(f, bindings);
        var expectedGradient = Evaluator.EvaluateAll(gradient, bindings);
        Assert.Equal(expectedValue, value, Tolerance.Relative(expectedValue));
        for (var i = 0; i < names.Count; i++)
            Assert.True(Math.Abs(expectedGradient[i] - computed[i]) <= Tolerance.Relative(expectedGradient[i]),
                $"∂f/∂{names[i]}: interpreted {expectedGradient[i]:R}, compiled {computed[i]:R}");
    }

    [Fact]
    public void Rosenbrock10000_CompiledValueAndGradient_AreZeroAtTheMinimum()
    {
        const int n = 10_000;
        var f = Expressions.Parse(RosenbrockText(n, first: 1));
        var names = Names("x", 1, n);
        var valueAndGradient = Compiler.ValueAndGradient(f, names);
        var gradient = Enumerable.Repeat(double.NaN, n).ToArray();

        var value = valueAndGradient(Enumerable.Repeat(1.0, n).ToArray(), gradient);

        Assert.Equal(0, value);
        Assert.All(gradient, component => Assert.Equal(0, component));
    }

    [Fact]
    public void Rosenbrock10000_CompiledValueAndGradient_MatchTheInterpreterAndTheClosedForm_AwayFromTheMinimum()
    {
        const int n = 10_000;
        var f = Expressions.Parse(RosenbrockText(n, first: 1));
        var names = Names("x", 1, n);
        var random = new Random(17);
        var point = Enumerable.Range(0, n).Select(_ => -1.5 + 3 * random.NextDouble()).ToArray();

        AssertGradientMatchesInterpreter(f, names, point);

        // The textbook gradient: ∂/∂x_i = -400 x_i (x_{i+1} - x_i²) - 2 (1 - x_i) + 200 (x_i - x_{i-1}²).
        var gradient = new double[n];
        Compiler.ValueAndGradient(f, names)(point, gradient);
        for (var i = 0; i < n; i++)
        {
            var expected = (i > 0 ? 200 * (point[i] - point[i - 1] * point[i - 1]) : 0)
                + (i < n - 1 ? -400 * point[i] * (point[i + 1] - point[i] * point[i]) - 2 * (1 - point[i]) : 0);
            Assert.True(Math.Abs(expected - gradient[i]) <= 1e-12 * Math.Max(1, Math.Abs(expected)) * 100,
                $"∂f/∂x{i + 1}: closed form {expected:R}, compiled {gradient[i]:R}");
        }
    }

    [Fact]
    public void SumOfHundredThousandSinExpTerms_CompiledValueAndGradient_MatchTheInterpreter() => SinExpSumCompiles(100_000);

    [Fact]
    public void SumOfTwentyThousandSinExpTerms_CompiledValueAndGradient_MatchTheInterpreter() => SinExpSumCompiles(20_000);

    private static void SinExpSumCompiles(int terms)
    {
        var f = Expressions.Parse(SinExpSumText(terms));
        Assert.Equal(terms, f.Args.Count);
        var names = Names("x", 0, terms + 1);
        var random = new Random(3);
        var point = Enumerable.Range(0, terms + 1).Select(_ => -1 + 2 * random.NextDouble()).ToArray();

        AssertGradientMatchesInterpreter(f, names, point);
    }

    [Fact]
    public void SinNestedTenThousandDeep_CompiledValueAndDerivative_MatchAHandWrittenLoop()
    {
        const int depth = 10_000;
        var f = Expressions.Parse(string.Concat(Enumerable.Repeat("sin(", depth)) + "x" + new string(')', depth));
        double value = 0.5, derivative = 1;
        for (var i = 0; i < depth; i++) { derivative *= Math.Cos(value); value = Math.Sin(value); }

        var gradient = new double[1];
        var computed = Compiler.ValueAndGradient(f, ["x"])([0.5], gradient);

        Assert.Equal(value, computed, Tolerance.Relative(value));
        Assert.Equal(derivative, gradient[0], Tolerance.Relative(derivative));
        Assert.Equal(value, Compiler.Value(f, ["x"])([0.5]), Tolerance.Relative(value));
        var d = Calculus.Diff(f, Expr.Var("x"));
        Assert.Equal(derivative, Compiler.Value(d, ["x"])([0.5]), Tolerance.Relative(derivative));
    }

    [Fact]
    public void SquaredChainThousandDeep_CompiledDerivative_OverflowsLikeTheInterpreterAndTheLoop()
    {
        // ((x+1)^2+1)^2 … 1,000 deep grows doubly exponentially: in doubles f and f' are +∞ past ~10 levels.
        const int depth = 1_000;
        var text = "x";
        for (var i = 0; i < depth; i++) text = $"({text} + 1)^2";
        var f = Expressions.Parse(text);
        var d = Calculus.Diff(f, Expr.Var("x"));
        var derivative = Compiler.Value(d, ["x"]);

        double v = 0, dv = 1;
        for (var i = 0; i < depth; i++) { dv *= 2 * (v + 1); v = (v + 1) * (v + 1); }
        Assert.Equal(double.PositiveInfinity, dv);
        Assert.Equal(dv, derivative([0]));
        Assert.Equal(Evaluator.Evaluate(d, new Dictionary<string, double> { ["x"] = 0 }), derivative([0]));
        var gradient = new double[1];
        Assert.Equal(double.PositiveInfinity, Compiler.ValueAndGradient(f, ["x"])([0], gradient));
        Assert.Equal(double.PositiveInfinity, gradient[0]);
    }

    [Fact]
    public void SquaredChainEightDeep_CompiledDerivative_MatchesTheLoopExactly()
    {
        // The same construction while the numbers are still finite (v reaches about 3.9e45 at depth 8).
        const int depth = 8;
        var text = "x";
        for (var i = 0; i < depth; i++) text = $"({text} + 1)^2";
        var d = Calculus.Diff(Expressions.Parse(text), Expr.Var("x"));

        double v = -0.5, dv = 1;
        for (var i = 0; i < depth; i++) { dv *= 2 * (v + 1); v = (v + 1) * (v + 1); }
        Assert.True(double.IsFinite(dv));
        Assert.Equal(dv, Compiler.Value(d, ["x"])([-0.5]), Tolerance.Relative(dv));
    }
}

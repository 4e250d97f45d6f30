using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

public class DerivativeDelegateTests
{
    [Fact]
    public void ValueAndGradient_OfThreeTimesAPlusBC_At532_Is33And369()
    {
        var f = Compiler.ValueAndGradient(Expressions.Parse("3*(a + b*c)"));
        var gradient = new double[3];
        Assert.Equal(33, f([5, 3, 2], gradient));
        Assert.Equal([3.0, 6.0, 9.0], gradient);
    }

    [Theory]
    [InlineData(3, 4, 6, 8)]
    [InlineData(0, 2, 0, 4)]
    [InlineData(3, 0, 6, 0)]
    public void ValueAndGradient_OfSumOfSquares_IsTwiceThePoint(double x0, double x1, double g0, double g1)
    {
        var f = Compiler.ValueAndGradient(Expressions.Parse("x0^2 + x1^2"));
        var gradient = new double[2];
        Assert.Equal(x0 * x0 + x1 * x1, f([x0, x1], gradient));
        Assert.Equal([g0, g1], gradient);
    }

    [Fact]
    public void ValueAndGradient_OfXSquaredMinusXY_At12_IsMinus1And0Minus1()
    {
        var f = Compiler.ValueAndGradient(Expressions.Parse("x^2 - x*y"));
        var gradient = new double[2];
        Assert.Equal(-1, f([1, 2], gradient));
        Assert.Equal([0.0, -1.0], gradient);
    }

    [Fact]
    public void ValueAndGradient_IsReusableAcrossThreads()
    {
        var f = Compiler.ValueAndGradient(Expressions.Parse("x^2*y + sin(x*y)"));
        Parallel.For(0, 1000, i =>
        {
            var gradient = new double[2];
            var x = i / 1000.0; var y = 1 - x;
            Assert.Equal(x * x * y + Math.Sin(x * y), f([x, y], gradient), 14);
            Assert.Equal(2 * x * y + y * Math.Cos(x * y), gradient[0], 14);
            Assert.Equal(x * x + x * Math.Cos(x * y), gradient[1], 14);
        });
    }

    [Fact]
    public void Jvp_OfXSquaredMinusXY_Along34_IsGradientDotDirection()
    {
        var jvp = Compiler.Jvp(Expressions.Parse("x^2 - x*y"));
        // ∇f(1, 2) = (0, -1); (0, -1)·(3, 4) = -4.
        Assert.Equal(-4, jvp([1, 2], [3, 4]));
    }

    [Fact]
    public void DirectionalDerivative_DividesByTheLengthOfTheDirection()
    {
        var derivative = Compiler.DirectionalDerivative(Expressions.Parse("x^2 - x*y"));
        Assert.Equal(-4.0 / 5, derivative([1, 2], [3, 4]), 15);
        Assert.Equal(-4.0 / 5, derivative([1, 2], [30, 40]), 15);
    }

    [Fact]
    public void Hessian_OfXSquaredMinusXY_FillsTheBufferRowMajor()
    {
        var hessian = Compiler.Hessian(Expressions.Parse("x^2 - x*y"));
        var buffer = new double[4];
        hessian([1, 2], buffer);
        Assert.Equal([2.0, -1.0, -1.0, 0.0], buffer);
    }

    [Fact]
    public void Hessian_OfAMixedFunction_MatchesTheSymbolicHessian()
    {
        var f = Expressions.Parse("x^3*y + exp(x*y) + sin(y)");
        var buffer = new double[4];
        Compiler.Hessian(f)([0.5, 0.3], buffer);
        var symbolic = Calculus.Hessian(f);
        var bindings = new Dictionary<string, double> { ["x"] = 0.5, ["y"] = 0.3 };
        for (var i = 0; i < 2; i++)
            for (var j = 0; j < 2; j++)
            {
                var expected = Evaluator.Evaluate(symbolic[i][j], bindings);
                Assert.Equal(expected, buffer[i * 2 + j], Tolerance.Relative(expected));
            }
    }

    [Theory]
    [MemberData(nameof(CompiledValueTests.FormulaData), MemberType = typeof(CompiledValueTests))]
    public void CompiledGradient_EqualsInterpretedSymbolicGradient(string formula)
    {
        var f = Expressions.Parse(formula);
        var names = ExprWalk.Variables(f);
        var symbolic = Calculus.Gradient(f);
        var compiled = Compiler.ValueAndGradient(f);
        var point = names.Select((_, i) => 0.25 + 0.5 * ((i * 0.618) % 1)).ToArray();
        var bindings = CompiledValueTests.Bindings(names, point);
        var gradient = new double[names.Count];
        var value = compiled(point, gradient);
        var expectedValue = Evaluator.Evaluate(f, bindings);
        Assert.Equal(expectedValue, value, Tolerance.Relative(expectedValue));
        var expected = Evaluator.EvaluateAll(symbolic, bindings);
        for (var i = 0; i < names.Count; i++) Assert.Equal(expected[i], gradient[i], Tolerance.Relative(expected[i]));
    }
}

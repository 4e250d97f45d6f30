using System.Globalization;
using Symbolic.Codegen;
using static Symbolic.Testing.TestFunctions;

namespace Symbolic.Codegen.Tests;

public class NewtonCGTests
{
    [Fact]
    public void Rosenbrock2D_FromTheClassicStart_ReachesOneOne()
    {
        var result = NewtonCG.Minimize(Expressions.Parse("(1 - x)^2 + 100*(y - x^2)^2"), [-1.2, 1]);
        Assert.Equal(NewtonStop.Converged, result.Stop);
        Assert.All(result.Point, c => Assert.True(Math.Abs(c - 1) <= 1e-8, $"{c}"));
        Assert.True(result.Iterations < 40, $"{result.Iterations} iterations");
    }

    [Fact]
    public void StatusLine_WritesExponentsAsPeopleDo_InAnyCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var result = NewtonCG.Minimize(Expressions.Parse("(1 - x)^2 + 100*(y - x^2)^2"), [-1.2, 1]);
            Assert.Matches(@"^converged: \|∇f\| = \d(\.\d+)?e-\d+ ≤ 1e-10(;|$)", result.Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Rosenbrock100_FromTheClassicStart_ReachesAllOnes()
    {
        const int n = 100;
        var start = Enumerable.Range(0, n).Select(i => i % 2 == 0 ? -1.2 : 1.0).ToArray();
        var result = NewtonCG.Minimize(Rosenbrock(n), start);
        Assert.Equal(NewtonStop.Converged, result.Stop);
        Assert.True(result.Point.Max(c => Math.Abs(c - 1)) <= 1e-8, $"max |x - 1| = {result.Point.Max(c => Math.Abs(c - 1))}");
        // The chain of ones advances about one variable every four iterations from the start's first steps.
        Assert.True(result.Iterations < 1000, $"{result.Iterations} iterations");
        Assert.True(result.Value < 1e-15, $"f = {result.Value}");
    }

    [Fact]
    public void Quadratic_ConvergesInAFewInexactNewtonSteps()
    {
        var result = NewtonCG.Minimize(Expressions.Parse("(x - 3)^2 + 2*(y + 1)^2 + x*y"), [3, -1]);
        // Far from the minimum CG stops at half the gradient's size; near it the solves tighten.
        Assert.InRange(result.Iterations, 1, 8);
        Assert.Equal(NewtonStop.Converged, result.Stop);
        // ∇f = 0: 2(x - 3) + y = 0, 4(y + 1) + x = 0 → x = 4, y = -2.
        Assert.Equal(4, result.Point[0], 12);
        Assert.Equal(-2, result.Point[1], 12);
    }

    [Fact]
    public void SaddleFunction_StopsAsUnbounded_WithNegativeCurvatureNamed()
    {
        var result = NewtonCG.Minimize(Expressions.Parse("x^2 - y^2"), [1, 1]);
        Assert.Equal(NewtonStop.Unbounded, result.Stop);
        Assert.True(result.MetNegativeCurvature);
        Assert.Contains("unbounded below", result.Message);
        Assert.Contains("indefinite", result.Message);
        Assert.False(double.IsNaN(result.Value));
    }

    [Fact]
    public void LinearFunction_StopsAsUnbounded()
    {
        var result = NewtonCG.Minimize(Expressions.Parse("x + 2*y"), [0, 0]);
        Assert.Equal(NewtonStop.Unbounded, result.Stop);
        Assert.True(result.Value < NewtonCG.UnboundedBelow);
    }

    [Fact]
    public void NonFiniteStart_IsNamed()
    {
        var result = NewtonCG.Minimize(Expressions.Parse("log(x)"), [-1]);
        Assert.Equal(NewtonStop.NotFinite, result.Stop);
        Assert.Contains("not finite", result.Message);
    }

    [Fact]
    public void ShortStart_IsAClearError() =>
        ArrayErrors.AssertTooShort("x", 2, () => NewtonCG.Minimize(Expressions.Parse("x*y"), [1]));
}

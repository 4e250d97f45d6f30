using Symbolic.Properties.Tests.Oracles;

namespace Symbolic.Properties.Tests;

/// <summary>Fixed examples with known answers, beside the generated ones.</summary>
public class FixedExampleTests
{
    private static readonly Expr F = Expressions.Parse("x0^2 + x1^2");
    private static readonly Expr[] Vars = [Expr.Var("x0"), Expr.Var("x1")];

    [Theory]
    [InlineData(3, 4, 6, 8)]
    [InlineData(0, 2, 0, 4)]
    [InlineData(3, 0, 6, 0)]
    public void NumericalGradient_OfSumOfSquares_IsTwiceThePoint_AndTheSymbolicOneAgrees(double a, double b, double ga, double gb)
    {
        double[] point = [a, b], expected = [ga, gb];
        var symbolic = Subject.Gradient(F, Vars, point);
        for (var i = 0; i < 2; i++)
        {
            // f‴ = 0: the central difference of a quadratic has no truncation error, only rounding
            var (numeric, tolerance) = CentralDifference.Along(
                x => Subject.Value(F, Vars, x), x => DualEvaluator.RoundingBound(F, new Dictionary<string, double> { ["x0"] = x[0], ["x1"] = x[1] }),
                point, CentralDifference.Axis(2, i), 1e-5 * Math.Max(1, Math.Abs(point[i])), 0);
            Assert.True(Math.Abs(numeric - expected[i]) <= tolerance, $"numeric ∂f/∂x{i} at ({a}, {b}) = {numeric:R}, expected {expected[i]}");
            Assert.Equal(expected[i], symbolic[i]);   // 2*x0 at an integer point is exact
        }
    }

    [Fact]
    public void GradientDescent_WithRateOneTenth_ConvergesToTheOrigin()
    {
        // each step multiplies the point by 1 - 2·0.1 = 0.8: after 100 steps 0.8^100·(-3, 4)
        var end = Subject.Descend(F, Vars, [-3, 4], learningRate: 0.1, steps: 100);
        Assert.Equal(-6.1111e-10, end[0], 6.1111e-10 * 1e-4);
        Assert.Equal(8.1481e-10, end[1], 8.1481e-10 * 1e-4);
        // and it is 0.8^100·(-3) up to the rounding of 100 steps (a couple of ulps each: relative 100·2·2^-53 ≈ 2e-14)
        Assert.Equal(Math.Pow(0.8, 100) * -3, end[0], 6.2e-10 * 3e-14);
    }

    [Fact]
    public void GradientDescent_WithTooLargeARate_Diverges()
    {
        // factor 1 - 2·1.1 = -1.2 per step: |x| grows like 1.2^100 ≈ 8e7
        var end = Subject.Descend(F, Vars, [-3, 4], learningRate: 1.1, steps: 100);
        var norm = Math.Sqrt(end[0] * end[0] + end[1] * end[1]);
        Assert.True(double.IsNaN(norm) || norm > 1e7, $"ended at ({end[0]}, {end[1]})");
    }

    [Fact]
    public void GradientDescent_WithATinyRate_BarelyMoves()
    {
        // factor 1 - 2e-10 per step: after 100 steps the point has moved by 2e-8 of itself
        var end = Subject.Descend(F, Vars, [-3, 4], learningRate: 1e-10, steps: 100);
        Assert.Equal(-3 * Math.Pow(1 - 2e-10, 100), end[0], 1e-12);
        Assert.True(Math.Abs(end[0] + 3) < 1e-7 && Math.Abs(end[1] - 4) < 1e-7, $"moved to ({end[0]}, {end[1]})");
        Assert.NotEqual(-3.0, end[0]);
    }
}

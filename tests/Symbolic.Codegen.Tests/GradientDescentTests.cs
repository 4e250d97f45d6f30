using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

public class GradientDescentTests
{
    private static readonly GradientFunction Bowl = Compiler.ValueAndGradient(Expressions.Parse("x0^2 + x1^2"));

    [Fact]
    public void Descent_OnABowl_WithRate01For100Steps_ShrinksThePointBy08Each()
    {
        var result = GradientDescent.Run(Bowl, [-3, 4], learningRate: 0.1, steps: 100);
        Assert.Equal(-6.1111e-10, result.Point[0], 1e-14);
        Assert.Equal(8.1481e-10, result.Point[1], 1e-14);
        Assert.Equal(Math.Pow(0.8, 100) * -3, result.Point[0], 1e-22);
        Assert.Equal(Math.Pow(0.8, 100) * 4, result.Point[1], 1e-22);
        Assert.Equal(101, result.Path.Count);
        Assert.Equal([-3.0, 4.0], result.Path[0]);
        Assert.Equal(result.Point[0] * result.Point[0] + result.Point[1] * result.Point[1], result.Value);
    }

    [Fact]
    public void Descent_WithRate11_Diverges()
    {
        var result = GradientDescent.Run(Bowl, [-3, 4], learningRate: 1.1, steps: 100);
        // Each step multiplies the point by 1 - 2.2 = -1.2.
        Assert.True(result.Value > 1e15, $"expected divergence, value {result.Value}");
        Assert.Equal(Math.Pow(-1.2, 100) * -3, result.Point[0], Math.Pow(1.2, 100) * 1e-12);
    }

    [Fact]
    public void Descent_WithRate1e10_BarelyMoves()
    {
        var result = GradientDescent.Run(Bowl, [-3, 4], learningRate: 1e-10, steps: 100);
        Assert.Equal(-3, result.Point[0], 1e-7);
        Assert.Equal(4, result.Point[1], 1e-7);
        Assert.NotEqual(-3, result.Point[0]);
    }

    [Fact]
    public void Descent_LeavesTheStartVectorUnchanged()
    {
        double[] start = [-3, 4];
        GradientDescent.Run(Bowl, start, 0.1, 10);
        Assert.Equal([-3.0, 4.0], start);
    }

    [Fact]
    public void Descent_StopsWithinAFewThousandStepsOfCancellation()
    {
        using var cancel = new CancellationTokenSource();
        var calls = 0;
        GradientFunction counting = (x, gradient) =>
        {
            if (++calls == 1000) cancel.Cancel();
            return Bowl(x, gradient);
        };
        Assert.Throws<OperationCanceledException>(() => GradientDescent.Run(counting, [-3, 4], 1e-6, 10_000_000, cancel.Token));
        Assert.InRange(calls, 1000, 1000 + 4096);
    }
    [Fact]
    public void LongDescent_KeepsABoundedEvenlySpacedPath_WithTheStartAndTheEnd()
    {
        // On f = x0 + x1 each step moves the point by -lr in both coordinates, so a kept point tells its step.
        var plane = Compiler.ValueAndGradient(Expressions.Parse("x0 + x1"));
        const int steps = 1_500_000;
        var result = GradientDescent.Run(plane, [0, 0], learningRate: 1, steps);
        Assert.Equal(steps, result.Steps);
        Assert.InRange(result.Path.Count, 2, DescentPathLimit / 2 + 2);
        Assert.Equal([0.0, 0.0], result.Path[0]);
        Assert.Equal(result.Point, result.Path[^1]);
        Assert.Equal(-steps, result.Point[0]);
        var kept = result.Path.Select(p => (int)-p[0]).ToArray();
        var stride = kept[1] - kept[0];
        Assert.True(stride > 1, "a million and a half 2-D steps do not fit, so the path is thinned");
        for (var i = 1; i < kept.Length - 1; i++) Assert.Equal(stride * i, kept[i]);
        Assert.InRange(steps - kept[^2], 1, stride);
    }

    [Fact]
    public void DivergingDescent_CountsOnlyTheStepsTaken()
    {
        var result = GradientDescent.Run(Bowl, [-3, 4], learningRate: 1e150, steps: 100);
        Assert.False(double.IsFinite(result.Value));
        Assert.InRange(result.Steps, 1, 99);
        Assert.Equal(result.Steps + 1, result.Path.Count);
    }

    // The path keeps about a million coordinates: half a million points on a plane.
    private const int DescentPathLimit = 1 << 20;
}

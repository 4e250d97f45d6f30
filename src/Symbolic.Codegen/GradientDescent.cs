namespace Symbolic.Codegen;

/// <summary>
/// Where a descent ended: the last point, f there, and the points visited, start first and last point last. The path
/// holds every step while it fits in about a million coordinates (8 MB); a longer descent keeps evenly spaced steps
/// (every 2nd, 4th, … step), so <see cref="Steps"/>, not <c>Path.Count - 1</c>, counts the steps taken.
/// </summary>
public sealed record DescentResult(double[] Point, double Value, IReadOnlyList<double[]> Path)
{
    /// <summary>How many steps were taken (fewer than asked when the point or value stopped being finite).</summary>
    public int Steps { get; init; }
}

/// <summary>Plain gradient descent, x ← x − lr·∇f(x), over any compiled value-and-gradient delegate.</summary>
/// <example><code>
/// var f = Compiler.ValueAndGradient(Expressions.Parse("x0^2 + x1^2"));
/// var result = GradientDescent.Run(f, [-3, 4], learningRate: 0.1, steps: 100);
/// // result.Point == 0.8^100 * (-3, 4) ≈ (-6.1111e-10, 8.1481e-10)
/// </code></example>
public static class GradientDescent
{
    /// <summary>
    /// Takes <paramref name="steps"/> steps from <paramref name="start"/> (which is not modified). Stops early when the
    /// point or value stops being finite (a diverging learning rate), so the path shows where it broke. Cancelling
    /// <paramref name="cancellation"/> stops it within a few thousand steps with an <see cref="OperationCanceledException"/>.
    /// </summary>
    public static DescentResult Run(GradientFunction valueAndGradient, IReadOnlyList<double> start, double learningRate, int steps, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(valueAndGradient);
        ArgumentNullException.ThrowIfNull(start);
        if (steps < 0) throw CompileErrors.NegativeSteps(steps);
        if (!double.IsFinite(learningRate)) throw CompileErrors.LearningRateNotFinite(learningRate);
        var point = start.ToArray();
        var gradient = new double[point.Length];
        var path = new DescentPath(point);
        var value = valueAndGradient(point, gradient);
        var step = 0;
        for (; step < steps && double.IsFinite(value); step++)
        {
            if ((step & 4095) == 4095) cancellation.ThrowIfCancellationRequested();
            for (var i = 0; i < point.Length; i++) point[i] -= learningRate * gradient[i];
            path.Add(point);
            value = valueAndGradient(point, gradient);
        }
        return new DescentResult(point, value, path.Finish(point)) { Steps = step };
    }
}

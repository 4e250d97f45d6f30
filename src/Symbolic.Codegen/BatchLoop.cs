using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// The loop of a batch delegate: <c>for (point = offset; point &lt; offset + count; point += step)</c> over a flat
/// row-major array of points, with the per-step block inside it, so one delegate call evaluates many points. A step
/// is one point for scalar code, one vector of points for SIMD code (whose callers pass a count that is a multiple
/// of the step). The arguments are checked before the loop runs (<see cref="ArrayArguments"/>).
/// </summary>
internal sealed class BatchLoop(int dimension, int step = 1)
{
    public ParameterExpression Points { get; } = Expression.Parameter(typeof(double[]), "points");
    public ParameterExpression Offset { get; } = Expression.Parameter(typeof(int), "offset");
    public ParameterExpression Count { get; } = Expression.Parameter(typeof(int), "count");

    /// <summary>The index of the current (first) point.</summary>
    public ParameterExpression Point { get; } = Expression.Variable(typeof(int), "point");

    /// <summary>The index in <see cref="Points"/> where the current point starts (point × n).</summary>
    public ParameterExpression Row { get; } = Expression.Variable(typeof(int), "row");

    private ParameterExpression End { get; } = Expression.Variable(typeof(int), "end");

    /// <summary>
    /// Array access for the per-step statements: the input and the gradient at the current row (n per point), the
    /// value at the current point (one per point).
    /// </summary>
    public Func<ArrayHandle, Expression, ArraySlot> Arrays(ParameterExpression values, ParameterExpression? gradients) =>
        (handle, index) =>
            handle == ArrayHandle.Input ? new ArraySlot(Points, Expression.Add(Row, index), dimension)
            : handle == ArrayHandle.Gradient && gradients is not null ? new ArraySlot(gradients, Expression.Add(Row, index), dimension)
            : handle == ArrayHandle.Values ? new ArraySlot(values, index is ConstantExpression { Value: 0 } ? Point : Expression.Add(Point, index))
            : throw new InvalidOperationException($"a batch has no array '{handle.Name}'");

    /// <summary>The whole body: the loop around the per-step <paramref name="statements"/>.</summary>
    public Expression Wrap(IReadOnlyList<ParameterExpression> locals, IReadOnlyList<Expression> statements)
    {
        // do { …; point += step; row += n·step; } while (point < end), entered only when there is a point: the test
        // sits at the bottom and the row advances by addition, as in a hand-written loop.
        var exit = Expression.Label("done");
        var loop = Expression.Loop(
            Expression.Block(
                [.. statements,
                 step == 1 ? Expression.PreIncrementAssign(Point) : Expression.AddAssign(Point, Expression.Constant(step)),
                 Expression.AddAssign(Row, Expression.Constant(dimension * step)),
                 Expression.IfThen(Expression.GreaterThanOrEqual(Point, End), Expression.Break(exit))]),
            exit);
        return Expression.Block(
            [Point, Row, End, .. locals],
            [
                Expression.Assign(End, Expression.Add(Offset, Count)),
                Expression.Assign(Point, Offset),
                Expression.Assign(Row, Expression.Multiply(Point, Expression.Constant(dimension))),
                Expression.IfThen(Expression.LessThan(Point, End), loop),
            ]);
    }
}

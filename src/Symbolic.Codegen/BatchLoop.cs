using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// The loop of a batch delegate: <c>for (point = offset; point &lt; offset + count; point++)</c> over a flat row-major
/// array of points, with the per-point block inside it, so one delegate call evaluates many points.
/// </summary>
internal sealed class BatchLoop(int dimension)
{
    public ParameterExpression Points { get; } = Expression.Parameter(typeof(double[]), "points");
    public ParameterExpression Offset { get; } = Expression.Parameter(typeof(int), "offset");
    public ParameterExpression Count { get; } = Expression.Parameter(typeof(int), "count");

    /// <summary>The index of the current point.</summary>
    public ParameterExpression Point { get; } = Expression.Variable(typeof(int), "point");

    /// <summary>The index in <see cref="Points"/> where the current point starts (point × n).</summary>
    public ParameterExpression Row { get; } = Expression.Variable(typeof(int), "row");

    private ParameterExpression End { get; } = Expression.Variable(typeof(int), "end");

    /// <summary>
    /// Array accesses of the per-point statements: the input and the gradient at the current row, the value at the
    /// current point.
    /// </summary>
    public Func<ArrayHandle, Expression, Expression> Arrays(ParameterExpression values, ParameterExpression? gradients) =>
        (handle, index) =>
            handle == ArrayHandle.Input ? Expression.ArrayAccess(Points, Expression.Add(Row, index))
            : handle == ArrayHandle.Gradient && gradients is not null ? Expression.ArrayAccess(gradients, Expression.Add(Row, index))
            : handle == ArrayHandle.Values ? Expression.ArrayAccess(values, index is ConstantExpression { Value: 0 } ? Point : Expression.Add(Point, index))
            : throw new InvalidOperationException($"a batch has no array '{handle.Name}'");

    /// <summary>
    /// Fails clearly when <paramref name="array"/> is null or has fewer than <paramref name="perPoint"/> × (offset + count)
    /// elements, naming the length needed.
    /// </summary>
    public Expression RequireRows(ParameterExpression array, int perPoint, string what) =>
        Expression.Block(
            Expression.IfThen(Expression.Equal(array, Expression.Constant(null, typeof(double[]))),
                Compiler.Throw($"{what} must not be null")),
            Expression.IfThen(
                Expression.LessThan(
                    Expression.Convert(Expression.ArrayLength(array), typeof(long)),
                    Expression.Multiply(Expression.Convert(End, typeof(long)), Expression.Constant((long)perPoint))),
                Expression.Throw(Expression.Call(TooShortMethod, Expression.Constant(what), Expression.Constant(perPoint),
                    End, Expression.ArrayLength(array)))));

    private static readonly System.Reflection.MethodInfo TooShortMethod = typeof(BatchLoop).GetMethod(
        nameof(TooShort), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static SymbolicException TooShort(string what, int perPoint, int end, int length) =>
        new($"{what} must have at least {(long)perPoint * end} elements for offset + count = {end} points " +
            $"({perPoint} per point), got {length}");

    /// <summary>The whole body: argument checks, then the loop around the per-point <paramref name="statements"/>.</summary>
    public Expression Wrap(
        IReadOnlyList<ParameterExpression> locals, IReadOnlyList<Expression> statements, IEnumerable<Expression> outputChecks)
    {
        // do { …; point++; row += n; } while (point < end), entered only when there is a point: the test sits at
        // the bottom and the row advances by addition, as in a hand-written loop.
        var exit = Expression.Label("done");
        var loop = Expression.Loop(
            Expression.Block(
                [.. statements,
                 Expression.PreIncrementAssign(Point),
                 Expression.AddAssign(Row, Expression.Constant(dimension)),
                 Expression.IfThen(Expression.GreaterThanOrEqual(Point, End), Expression.Break(exit))]),
            exit);
        return Expression.Block(
            [Point, Row, End, .. locals],
            [
                Expression.IfThen(
                    Expression.OrElse(Expression.LessThan(Offset, Expression.Constant(0)), Expression.LessThan(Count, Expression.Constant(0))),
                    Compiler.Throw("offset and count must not be negative")),
                Expression.IfThen(Expression.GreaterThan(Offset, Expression.Subtract(Expression.Constant(int.MaxValue), Count)),
                    Compiler.Throw("offset + count must be at most int.MaxValue")),
                Expression.Assign(End, Expression.Add(Offset, Count)),
                RequireRows(Points, dimension, "points"),
                .. outputChecks,
                Expression.Assign(Point, Offset),
                Expression.Assign(Row, Expression.Multiply(Point, Expression.Constant(dimension))),
                Expression.IfThen(Expression.LessThan(Point, End), loop),
            ]);
    }
}

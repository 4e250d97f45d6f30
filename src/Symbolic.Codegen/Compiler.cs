using System.Linq.Expressions;
using Symbolic.Codegen.Simd;

namespace Symbolic.Codegen;

/// <summary>
/// Compiles expressions to delegates over <see cref="double"/> that run like hand-written C#. Each distinct node
/// of the DAG is computed once per call (<c>sin(x)^2 + sin(x)</c> calls <c>Math.Sin</c> once); a function and its
/// gradient compile as one block, so the nodes they share are computed once. Variables are bound by name at
/// compile time: the <c>variables</c> argument gives their order, by default <see cref="ExprWalk.Variables(Expr)"/>
/// (natural order: x2 before x10). The delegates are thread-safe and allocate nothing per call.
/// Every entry point takes an optional <see cref="CancellationToken"/>, checked while the derivatives are built and
/// between the phases of compilation (planning, building the tree, compiling it); a cancelled call throws
/// <see cref="OperationCanceledException"/>.
/// </summary>
/// <example><code>
/// var f = Expressions.Parse("x^2 - x*y");
/// var valueAndGradient = Compiler.ValueAndGradient(f);   // variables x, y
/// var gradient = new double[2];
/// double value = valueAndGradient([1, 2], gradient);    // -1, gradient = [0, -1]
/// </code></example>
public static partial class Compiler
{
    /// <summary>f(x).</summary>
    public static Func<double[], double> Value(Expr f, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default)
    {
        var lambda = ValueLambda(f, variables, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return lambda.Compile();
    }

    /// <summary>
    /// The expression tree <see cref="Value"/> compiles, for inspection (e.g. counting method calls). A long body is
    /// split into chunk methods (<see cref="MethodSplitter"/>), already compiled and called from this tree.
    /// </summary>
    public static Expression<Func<double[], double>> ValueLambda(Expr f, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var names = Bind([f], variables);
        var x = Expression.Parameter(typeof(double[]), "x");
        var block = RolledBlock.Build([f], [f], names, index => Expression.ArrayIndex(x, index), (_, _) => null);
        return Expression.Lambda<Func<double[], double>>(
            Body([x], block.Locals, block.Statements, [RequireLength(x, names.Count, "x")], block.ValueOf(f)), x);
    }

    /// <summary>f(x) and ∇f(x) (reverse mode, <see cref="Calculus.Gradient"/>) in one pass.</summary>
    public static GradientFunction ValueAndGradient(Expr f, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default)
    {
        var names = Bind([f], variables);
        var roots = GradientRoots(f, names, cancellationToken);
        var x = Expression.Parameter(typeof(double[]), "x");
        var gradient = Expression.Parameter(typeof(double[]), "gradient");
        Expression StoreAt(Expression position, Expression value) => Expression.Assign(Expression.ArrayAccess(gradient, position), value);
        var block = RolledBlock.Build(roots, [f], names, index => Expression.ArrayIndex(x, index),
            (r, value) => r == 0 ? null : StoreAt(Expression.Constant(r - 1), value),
            new OutputFamily(new OutputRange(1, names.Count), StoreAt, position => Expression.ArrayIndex(gradient, position)));
        var guards = new[] { RequireLength(x, names.Count, "x"), RequireLength(gradient, names.Count, "gradient") };
        cancellationToken.ThrowIfCancellationRequested();
        return Expression.Lambda<GradientFunction>(
            Body([x, gradient], block.Locals, block.Statements, guards, block.ValueOf(f)), x, gradient).Compile();
    }

    /// <summary>
    /// ∇f·v in forward mode (<see cref="Calculus.Jvp"/>): one pass, without building the gradient. The direction v
    /// is a run-time argument.
    /// </summary>
    public static DirectionalFunction Jvp(Expr f, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default) =>
        Directional(f, variables, unit: false, cancellationToken);

    /// <summary>∇f·v/|v|, the rate of change per unit length along v, with |v| computed at run time (a zero v gives NaN).</summary>
    public static DirectionalFunction DirectionalDerivative(Expr f, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default) =>
        Directional(f, variables, unit: true, cancellationToken);

    /// <summary>
    /// f over many points, with the loop inside the compiled code: 8 or 4 points per step in vector lanes where the
    /// machine has them (<see cref="BatchWidth"/>; the vector kernels are within a few ulps of <see cref="Math"/>),
    /// one at a time otherwise and for the points left over.
    /// </summary>
    public static BatchValueFunction BatchValue(
        Expr f, IReadOnlyList<string>? variables = null, BatchWidth width = BatchWidth.Auto, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var names = Bind([f], variables);
        var n = names.Count;
        var resolved = BatchWidths.Resolve(width);
        var scalar = ScalarBatchValue(f, names);
        cancellationToken.ThrowIfCancellationRequested();
        var vector = resolved != BatchWidth.Scalar ? SimdBatchCompiler.Value(f, names, resolved) : null;
        if (vector is not var (kernel, lanes))
            return (points, values, offset, count) =>
            {
                BatchArguments.Check(n, points, values, null, offset, count, hasGradients: false);
                scalar(points, values, offset, count);
            };
        return (points, values, offset, count) =>
        {
            BatchArguments.Check(n, points, values, null, offset, count, hasGradients: false);
            var stepped = count - count % lanes;
            if (stepped > 0) kernel(points, values, offset, stepped);
            if (stepped < count) scalar(points, values, offset + stepped, count - stepped);
        };
    }

    /// <summary>f and ∇f over many points, with the loop inside the compiled code; vector lanes as in <see cref="BatchValue"/>.</summary>
    public static BatchGradientFunction BatchValueAndGradient(
        Expr f, IReadOnlyList<string>? variables = null, BatchWidth width = BatchWidth.Auto, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var names = Bind([f], variables);
        var n = names.Count;
        var resolved = BatchWidths.Resolve(width);
        var roots = GradientRoots(f, names, cancellationToken);
        var scalar = ScalarBatchValueAndGradient(names, roots);
        cancellationToken.ThrowIfCancellationRequested();
        var vector = resolved != BatchWidth.Scalar ? SimdBatchCompiler.ValueAndGradient(roots, names, resolved) : null;
        if (vector is not var (kernel, lanes))
            return (points, values, gradients, offset, count) =>
            {
                BatchArguments.Check(n, points, values, gradients, offset, count, hasGradients: true);
                scalar(points, values, gradients, offset, count);
            };
        return (points, values, gradients, offset, count) =>
        {
            BatchArguments.Check(n, points, values, gradients, offset, count, hasGradients: true);
            var stepped = count - count % lanes;
            if (stepped > 0) kernel(points, values, gradients, offset, stepped);
            if (stepped < count) scalar(points, values, gradients, offset + stepped, count - stepped);
        };
    }

    // The scalar loop, without argument checks (the delegates above make them).
    private static BatchValueFunction ScalarBatchValue(Expr f, IReadOnlyList<string> names)
    {
        var values = Expression.Parameter(typeof(double[]), "values");
        var batch = new BatchLoop(names.Count);
        var block = RolledBlock.Build([f], [], names, batch.ReadAt,
            (_, value) => Expression.Assign(Expression.ArrayAccess(values, batch.Point), value));
        var body = batch.Wrap(block.Locals, block.Statements);
        return Expression.Lambda<BatchValueFunction>(body, batch.Points, values, batch.Offset, batch.Count).Compile();
    }

    private static BatchGradientFunction ScalarBatchValueAndGradient(IReadOnlyList<string> names, Expr[] roots)
    {
        var n = names.Count;
        var values = Expression.Parameter(typeof(double[]), "values");
        var gradients = Expression.Parameter(typeof(double[]), "gradients");
        var batch = new BatchLoop(n);
        Expression StoreAt(Expression position, Expression value) =>
            Expression.Assign(Expression.ArrayAccess(gradients, Expression.Add(batch.Row, position)), value);
        var block = RolledBlock.Build(roots, [], names, batch.ReadAt, (r, value) => r == 0
            ? Expression.Assign(Expression.ArrayAccess(values, batch.Point), value)
            : StoreAt(Expression.Constant(r - 1), value),
            new OutputFamily(new OutputRange(1, n), StoreAt,
                position => Expression.ArrayIndex(gradients, Expression.Add(batch.Row, position))));
        var body = batch.Wrap(block.Locals, block.Statements);
        return Expression.Lambda<BatchGradientFunction>(body, batch.Points, values, gradients, batch.Offset, batch.Count).Compile();
    }

    private static DirectionalFunction Directional(Expr f, IReadOnlyList<string>? variables, bool unit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var names = Bind([f], variables);
        // The direction enters as variables of its own, named so that no user variable can clash.
        var directionVariables = names.Select((_, i) => Expr.Var($"\u0394{i}#")).ToArray();
        var jvp = Calculus.Jvp(f, names.Select(Expr.Var).ToArray(), directionVariables);
        var derivative = unit ? Expr.Divide(jvp, Calculus.Norm(directionVariables)) : jvp;
        var x = Expression.Parameter(typeof(double[]), "x");
        var direction = Expression.Parameter(typeof(double[]), "direction");
        var index = new Dictionary<string, Expression>();
        for (var i = 0; i < names.Count; i++)
        {
            index[names[i]] = Expression.ArrayIndex(x, Expression.Constant(i));
            index[((Variable)directionVariables[i]).Name] = Expression.ArrayIndex(direction, Expression.Constant(i));
        }
        cancellationToken.ThrowIfCancellationRequested();
        var plan = new ComputationPlan([derivative], pinned: [derivative]);
        var block = LinqBlockBuilder.Build(plan, name => index[name], (_, _) => null);
        var guards = new[] { RequireLength(x, names.Count, "x"), RequireLength(direction, names.Count, "direction") };
        cancellationToken.ThrowIfCancellationRequested();
        return Expression.Lambda<DirectionalFunction>(
            Body([x, direction], block.Locals, block.Statements, guards, block.ValueOf(derivative)), x, direction).Compile();
    }

    private static Expr[] GradientRoots(Expr f, IReadOnlyList<string> names, CancellationToken cancellationToken) =>
        [f, .. Calculus.Gradient(f, names.Select(Expr.Var).ToArray(), cancellationToken)];

    /// <summary>The argument order: the given names (each variable of the expressions must be among them) or the natural order.</summary>
    internal static IReadOnlyList<string> Bind(IReadOnlyList<Expr> exprs, IReadOnlyList<string>? variables)
    {
        if (variables is null) return ExprWalk.Variables(exprs);
        // Sets, not sorting or list searches: with 100,000 variables this check must stay linear.
        var listed = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? repeated = null;
        foreach (var v in variables)
            if (!listed.Add(v)) (repeated ??= new(StringComparer.Ordinal)).Add(v);
        if (repeated is not null) throw new SymbolicException($"variable '{variables.First(repeated.Contains)}' is listed twice");
        var missing = ExprWalk.TopologicalOrder(exprs).OfType<Variable>().Select(v => v.Name).Where(name => !listed.Contains(name)).ToList();
        if (missing.Count > 0)
            throw new SymbolicException(
                $"variable '{missing.Min(Comparer<string>.Create(ExprOrder.NaturalCompare))}' is not among the compiled variables ({string.Join(", ", variables)})");
        return variables;
    }

    private static Func<string, Expression> Reader(IReadOnlyList<string> names, ParameterExpression x)
    {
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        return name => Expression.ArrayIndex(x, Expression.Constant(index[name]));
    }

    private static Expression Body(
        ParameterExpression[] parameters, List<ParameterExpression> locals, List<Expression> statements,
        IEnumerable<Expression> guards, Expression result) =>
        MethodSplitter.Body(parameters, locals, guards, statements, result);

    /// <summary>Fails with a clear message (instead of an index error) when an array is shorter than needed.</summary>
    internal static Expression RequireLength(ParameterExpression array, int length, string what) =>
        Expression.IfThen(
            Expression.OrElse(
                Expression.Equal(array, Expression.Constant(null, typeof(double[]))),
                Expression.LessThan(Expression.ArrayLength(array), Expression.Constant(length))),
            Throw($"{what} must have at least {length} element{(length == 1 ? "" : "s")}"));

    internal static Expression Throw(string message) =>
        Expression.Throw(Expression.New(typeof(SymbolicException).GetConstructor([typeof(string)])!, Expression.Constant(message)));
}

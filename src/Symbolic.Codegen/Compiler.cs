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
        var program = RolledProgram.Build([f], [f], names, _ => null);
        var linq = new LinqTranslator(Arrays((ArrayHandle.Input, x)));
        return Expression.Lambda<Func<double[], double>>(
            Body([x], linq, program.Locals, program.Statements, [RequireLength(x, names.Count, "x")], program.ValueOf(f)), x);
    }

    /// <summary>f(x) and ∇f(x) (reverse mode, <see cref="Calculus.Gradient"/>) in one pass.</summary>
    public static GradientFunction ValueAndGradient(Expr f, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default)
    {
        var names = Bind([f], variables);
        var x = Expression.Parameter(typeof(double[]), "x");
        var gradient = Expression.Parameter(typeof(double[]), "gradient");
        var program = RolledProgram.Build(GradientRoots(f, names, cancellationToken), [f], names, GradientStore, GradientFamily(names));
        var linq = new LinqTranslator(Arrays((ArrayHandle.Input, x), (ArrayHandle.Gradient, gradient)));
        var guards = new[] { RequireLength(x, names.Count, "x"), RequireLength(gradient, names.Count, "gradient") };
        cancellationToken.ThrowIfCancellationRequested();
        return Expression.Lambda<GradientFunction>(
            Body([x, gradient], linq, program.Locals, program.Statements, guards, program.ValueOf(f)), x, gradient).Compile();
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
    /// one at a time otherwise and for the points left over. Both loops translate the same statements.
    /// </summary>
    public static BatchValueFunction BatchValue(
        Expr f, IReadOnlyList<string>? variables = null, BatchWidth width = BatchWidth.Auto, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var names = Bind([f], variables);
        var n = names.Count;
        var resolved = BatchWidths.Resolve(width);
        var program = RolledProgram.Build([f], [], names, _ => new Element(ArrayHandle.Values, Subscript.At(0)));
        cancellationToken.ThrowIfCancellationRequested();
        var scalar = BatchCompiler.Value(program, n, LinqLanes.Scalar, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var vector = resolved != BatchWidth.Scalar ? SimdBatchCompiler.Value(program, n, resolved) : null;
        if (vector is not var (kernel, lanes))
            return (points, values, offset, count) =>
            {
                ArrayArguments.Check(n, points, values, null, offset, count, hasGradients: false);
                scalar(points, values, offset, count);
            };
        return (points, values, offset, count) =>
        {
            ArrayArguments.Check(n, points, values, null, offset, count, hasGradients: false);
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
        var program = RolledProgram.Build(GradientRoots(f, names, cancellationToken), [], names,
            r => r == 0 ? new Element(ArrayHandle.Values, Subscript.At(0)) : GradientStore(r), GradientFamily(names));
        cancellationToken.ThrowIfCancellationRequested();
        var scalar = BatchCompiler.ValueAndGradient(program, n, LinqLanes.Scalar, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var vector = resolved != BatchWidth.Scalar ? SimdBatchCompiler.ValueAndGradient(program, n, resolved) : null;
        if (vector is not var (kernel, lanes))
            return (points, values, gradients, offset, count) =>
            {
                ArrayArguments.Check(n, points, values, gradients, offset, count, hasGradients: true);
                scalar(points, values, gradients, offset, count);
            };
        return (points, values, gradients, offset, count) =>
        {
            ArrayArguments.Check(n, points, values, gradients, offset, count, hasGradients: true);
            var stepped = count - count % lanes;
            if (stepped > 0) kernel(points, values, gradients, offset, stepped);
            if (stepped < count) scalar(points, values, gradients, offset + stepped, count - stepped);
        };
    }

    private static DirectionalFunction Directional(Expr f, IReadOnlyList<string>? variables, bool unit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var names = Bind([f], variables);
        // The direction enters as variables of its own, named so that no user variable can clash, and bound by node.
        var directionVariables = names.Select((_, i) => Expr.Var($"\u0394{i}#")).ToArray();
        var jvp = Calculus.Jvp(f, names.Select(Expr.Var).ToArray(), directionVariables);
        var derivative = unit ? Expr.Divide(jvp, Calculus.Norm(directionVariables)) : jvp;
        var x = Expression.Parameter(typeof(double[]), "x");
        var direction = Expression.Parameter(typeof(double[]), "direction");
        var inputs = new Dictionary<Expr, Element>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < names.Count; i++)
        {
            inputs[Expr.Var(names[i])] = new Element(ArrayHandle.Input, Subscript.At(i));
            inputs[directionVariables[i]] = new Element(ArrayHandle.Direction, Subscript.At(i));
        }
        cancellationToken.ThrowIfCancellationRequested();
        var block = BlockBuilder.Build(new ComputationPlan([derivative], pinned: [derivative]), new LocalNames(), v => inputs[v], _ => null);
        var linq = new LinqTranslator(Arrays((ArrayHandle.Input, x), (ArrayHandle.Direction, direction)));
        var guards = new[] { RequireLength(x, names.Count, "x"), RequireLength(direction, names.Count, "direction") };
        cancellationToken.ThrowIfCancellationRequested();
        return Expression.Lambda<DirectionalFunction>(
            Body([x, direction], linq, block.Locals, block.Statements, guards, block.ValueOf(derivative)), x, direction).Compile();
    }

    private static Place? GradientStore(int root) => root == 0 ? null : new Element(ArrayHandle.Gradient, Subscript.At(root - 1));

    private static OutputFamily GradientFamily(IReadOnlyList<string> names) => new(new OutputRange(1, names.Count, IsGradientOfRootZero: true), ArrayHandle.Gradient);

    private static Expr[] GradientRoots(Expr f, IReadOnlyList<string> names, CancellationToken cancellationToken) =>
        [f, .. Calculus.Gradient(f, names.Select(Expr.Var).ToArray(), cancellationToken)];

    /// <summary>The argument order: the given names (each variable of the expressions must be among them) or the natural order.</summary>
    internal static IReadOnlyList<string> Bind(IReadOnlyList<Expr> exprs, IReadOnlyList<string>? variables)
    {
        if (variables is null) return ExprWalk.Variables(exprs);
        CheckListed(variables, ExprWalk.TopologicalOrder(exprs));
        return variables;
    }

    /// <summary>
    /// <see cref="Bind(IReadOnlyList{Expr}, IReadOnlyList{string})"/> for one function numbered already (<see cref="DagNumbering"/>): its variables come from the
    /// numbering instead of a walk of their own, as the names and as the variables to differentiate by.
    /// </summary>
    internal static (IReadOnlyList<string> Names, IReadOnlyList<Expr> Variables) Bind(DagNumbering nodes, IReadOnlyList<string>? variables)
    {
        if (variables is not null)
        {
            CheckListed(variables, nodes.Nodes);
            return (variables, variables.Select(Expr.Var).ToArray());
        }
        var found = Calculus.VariablesOf(nodes);
        return (found.Select(v => ((Variable)v).Name).ToArray(), found);
    }

    // Each variable listed once, and every variable among the nodes listed.
    private static void CheckListed(IReadOnlyList<string> variables, IEnumerable<Expr> distinctNodes)
    {
        // Sets, not sorting or list searches: with 100,000 variables this check must stay linear.
        var listed = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? repeated = null;
        foreach (var v in variables)
            if (!listed.Add(v)) (repeated ??= new(StringComparer.Ordinal)).Add(v);
        if (repeated is not null) throw CalculusErrors.VariableListedTwice(Expr.Var(variables.First(repeated.Contains)));
        var missing = distinctNodes.OfType<Variable>().Select(v => v.Name).Where(name => !listed.Contains(name)).ToList();
        if (missing.Count > 0)
            throw CompileErrors.VariableNotCompiled(missing.Min(Comparer<string>.Create(ExprOrder.NaturalCompare))!, variables);
    }

    /// <summary>Array accesses for the statement layer: each handle is one of the lambda's array parameters.</summary>
    internal static Func<ArrayHandle, Expression, ArraySlot> Arrays(params (ArrayHandle Handle, ParameterExpression Array)[] arrays) =>
        (handle, index) => new ArraySlot(arrays.First(a => a.Handle == handle).Array, index);

    private static Expression Body(
        ParameterExpression[] parameters, LinqTranslator linq, IEnumerable<Local> locals, IEnumerable<Statement> statements,
        IEnumerable<Expression> guards, Value? result)
    {
        var translated = linq.Translate(statements);
        return MethodSplitter.Body(parameters, linq.Variables(locals), guards, translated,
            result is null ? Expression.Empty() : linq.Translate(result));
    }

    /// <summary>
    /// Fails with a clear <see cref="ArgumentException"/> (instead of an index error) when an array is null or shorter
    /// than needed (<see cref="ArrayArguments.LengthError"/>).
    /// </summary>
    internal static Expression RequireLength(ParameterExpression array, int length, string what) =>
        Expression.IfThen(
            Expression.OrElse(
                Expression.Equal(array, Expression.Constant(null, typeof(double[]))),
                Expression.LessThan(Expression.ArrayLength(array), Expression.Constant(length))),
            Expression.Throw(Expression.Call(LengthErrorMethod, array, Expression.Constant(length), Expression.Constant(what))));

    private static readonly System.Reflection.MethodInfo LengthErrorMethod =
        typeof(ArrayArguments).GetMethod(nameof(ArrayArguments.LengthError))!;
}

using System.Linq.Expressions;
using System.Reflection;

namespace Symbolic.Codegen.Simd;

/// <summary>
/// Compiles the vector loop of a batch delegate: the computation plan of the roots, translated by
/// <see cref="LinqBlockBuilder"/> through <see cref="SimdArithmeticBackend"/> into statements over a lanes type,
/// inside a <see cref="BatchLoop"/> that steps one vector of points at a time. Each variable is gathered from its
/// column of the row-major points, each root scattered to its output. The loop handles a count that is a multiple
/// of the lane count; <see cref="Compiler"/> runs the remaining points through the scalar loop.
/// </summary>
internal sealed class SimdBatchCompiler
{
    /// <summary>
    /// Largest plan (in distinct nodes) compiled to vector code. The vector body is straight-line (the scalar path's
    /// loops for index-shifted repeats and its method splitting are not used), so a longer one would be one huge
    /// method the JIT compiles without optimisation: such expressions keep the scalar path.
    /// </summary>
    public const int MaxNodes = 4_000;

    private readonly Type lanes;
    private readonly BatchLoop loop;
    private readonly MethodInfo gather;
    private readonly MethodInfo scatter;
    private readonly Dictionary<string, int> index;

    private SimdBatchCompiler(IReadOnlyList<string> names, Type lanes)
    {
        this.lanes = lanes;
        LaneCount = (int)lanes.GetProperty(nameof(Lanes512.Count))!.GetValue(null)!;
        loop = new BatchLoop(names.Count, LaneCount);
        gather = lanes.GetMethod(nameof(Lanes512.Gather))!;
        scatter = lanes.GetMethod(nameof(Lanes512.Scatter))!;
        index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Points per step.</summary>
    public int LaneCount { get; }

    /// <summary>The lanes type of a vector width.</summary>
    public static Type LanesOf(BatchWidth width) => width == BatchWidth.Vector512 ? typeof(Lanes512) : typeof(Lanes256);

    /// <summary>The vector loop for f, or null when f is too large for straight-line vector code.</summary>
    public static (BatchValueFunction Kernel, int Lanes)? Value(Expr f, IReadOnlyList<string> names, BatchWidth width)
    {
        var compiler = new SimdBatchCompiler(names, LanesOf(width));
        var values = Expression.Parameter(typeof(double[]), "values");
        if (compiler.Body([f], (_, value) => compiler.Store(values, compiler.loop.Point, 1, value)) is not { } body) return null;
        var l = compiler.loop;
        return (Expression.Lambda<BatchValueFunction>(body, l.Points, values, l.Offset, l.Count).Compile(), compiler.LaneCount);
    }

    /// <summary>The vector loop for f and its gradient, or null when they are too large for straight-line vector code.</summary>
    public static (BatchGradientFunction Kernel, int Lanes)? ValueAndGradient(Expr[] roots, IReadOnlyList<string> names, BatchWidth width)
    {
        var compiler = new SimdBatchCompiler(names, LanesOf(width));
        var l = compiler.loop;
        var values = Expression.Parameter(typeof(double[]), "values");
        var gradients = Expression.Parameter(typeof(double[]), "gradients");
        var body = compiler.Body(roots, (r, value) => r == 0
            ? compiler.Store(values, l.Point, 1, value)
            : compiler.Store(gradients, Expression.Add(l.Row, Expression.Constant(r - 1)), names.Count, value));
        if (body is null) return null;
        return (Expression.Lambda<BatchGradientFunction>(body, l.Points, values, gradients, l.Offset, l.Count).Compile(), compiler.LaneCount);
    }

    private Expression? Body(Expr[] roots, Func<int, Expression, Expression?> store)
    {
        var plan = new ComputationPlan(roots);
        if (plan.Order.Count > MaxNodes) return null;
        var block = LinqBlockBuilder.Build(plan, Read, store, new SimdArithmeticBackend(lanes), lanes);
        return loop.Wrap(block.Locals, block.Statements);
    }

    private Expression Read(string name) =>
        Expression.Call(gather, loop.Points, Expression.Add(loop.Row, Expression.Constant(index[name])), Expression.Constant(loop.Dimension));

    private Expression Store(ParameterExpression array, Expression start, int stride, Expression value) =>
        Expression.Call(scatter, value, array, start, Expression.Constant(stride));
}

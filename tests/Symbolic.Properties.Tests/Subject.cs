using Symbolic.Codegen;

namespace Symbolic.Properties.Tests;

/// <summary>
/// What the properties test, behind one seam: the compiled delegates of Symbolic.Codegen (value, value and
/// gradient, JVP, directional derivative, Hessian, gradient descent). Compiled delegates
/// are cached per thread for the last expression, since a property asks for the same one many times.
/// </summary>
public static class Subject
{
    [ThreadStatic] private static Dictionary<(string Kind, Expr F, string Vars), object>? cache;

    private static T Cached<T>(string kind, Expr f, IReadOnlyList<Expr> variables, Func<IReadOnlyList<string>, T> compile) where T : class
    {
        cache ??= [];
        var names = variables.Select(v => ((Variable)v).Name).ToArray();
        var key = (kind, f, string.Join(",", names));
        if (cache.TryGetValue(key, out var hit)) return (T)hit;
        if (cache.Count > 64) cache.Clear();
        var compiled = compile(names);
        cache[key] = compiled;
        return compiled;
    }

    private static Dictionary<string, double> Bind(IReadOnlyList<Expr> variables, double[] point)
    {
        var d = new Dictionary<string, double>();
        for (var i = 0; i < variables.Count; i++) d[((Variable)variables[i]).Name] = point[i];
        return d;
    }

    /// <summary>
    /// f and ∇f at <paramref name="copies"/> copies of the point through the batch delegate of the given width
    /// (values, then the gradients row by row).
    /// </summary>
    public static (double[] Values, double[] Gradients) Batch(
        Expr f, IReadOnlyList<Expr> variables, double[] point, int copies, BatchWidth width)
    {
        var batch = Cached($"batch-{width}", f, variables, names => Compiler.BatchValueAndGradient(f, names, width));
        var points = Enumerable.Range(0, copies).SelectMany(_ => point).ToArray();
        var values = new double[copies];
        var gradients = new double[copies * point.Length];
        batch(points, values, gradients, 0, copies);
        return (values, gradients);
    }

    /// <summary>f at the point, interpreted (the reference the compiled code is compared with).</summary>
    public static double Value(Expr f, IReadOnlyList<Expr> variables, double[] point) =>
        Evaluator.Evaluate(f, Bind(variables, point));

    /// <summary>f at the point, compiled.</summary>
    public static double CompiledValue(Expr f, IReadOnlyList<Expr> variables, double[] point) =>
        Cached("value", f, variables, names => Compiler.Value(f, names))(point);

    /// <summary>The compiled symbolic gradient at the point.</summary>
    public static double[] Gradient(Expr f, IReadOnlyList<Expr> variables, double[] point)
    {
        var g = new double[variables.Count];
        Cached("gradient", f, variables, names => Compiler.ValueAndGradient(f, names))(point, g);
        return g;
    }

    /// <summary>The compiled directional derivative ∇f·v/|v| at the point.</summary>
    public static double Directional(Expr f, IReadOnlyList<Expr> variables, Expr[] direction, double[] point) =>
        Cached("directional", f, variables, names => Compiler.DirectionalDerivative(f, names))(point, Numbers(direction));

    /// <summary>The compiled JVP ∇f·v at the point.</summary>
    public static double Jvp(Expr f, IReadOnlyList<Expr> variables, Expr[] direction, double[] point) =>
        Cached("jvp", f, variables, names => Compiler.Jvp(f, names))(point, Numbers(direction));

    /// <summary>The compiled Hessian at the point.</summary>
    public static double[][] Hessian(Expr f, IReadOnlyList<Expr> variables, double[] point)
    {
        var n = variables.Count;
        var flat = new double[n * n];
        Cached("hessian", f, variables, names => Compiler.Hessian(f, names))(point, flat);
        return Enumerable.Range(0, n).Select(i => flat.Skip(i * n).Take(n).ToArray()).ToArray();
    }

    /// <summary>The compiled sparse Hessian at the point, scattered into a dense matrix (zeros outside its pattern).</summary>
    public static double[][] SparseHessian(Expr f, IReadOnlyList<Expr> variables, double[] point)
    {
        var h = Cached("sparse hessian", f, variables, names => Compiler.SparseHessian(f, names));
        var values = new double[h.Pattern.NonZeroCount];
        h.Evaluate(point, values);
        var dense = variables.Select(_ => new double[variables.Count]).ToArray();
        for (var i = 0; i < h.Pattern.RowCount; i++)
            for (var k = h.Pattern.RowStarts[i]; k < h.Pattern.RowStarts[i + 1]; k++)
                dense[i][h.Pattern.ColumnIndices[k]] = values[k];
        return dense;
    }

    /// <summary>The compiled Hessian-vector product ∇²f·v at the point.</summary>
    public static double[] HessianVectorProduct(Expr f, IReadOnlyList<Expr> variables, double[] point, double[] v)
    {
        var result = new double[variables.Count];
        Cached("hvp", f, variables, names => Compiler.HessianVectorProduct(f, names))(point, v, result);
        return result;
    }

    /// <summary>The symbolic gradient expressions (for error bounds and messages).</summary>
    public static Expr[] GradientExprs(Expr f, IReadOnlyList<Expr> variables) => Calculus.Gradient(f, variables);

    /// <summary>The library's gradient descent over the compiled value-and-gradient delegate.</summary>
    public static double[] Descend(Expr f, IReadOnlyList<Expr> variables, double[] start, double learningRate, int steps) =>
        GradientDescent.Run(Compiler.ValueAndGradient(f, variables.Select(v => ((Variable)v).Name).ToArray()), start, learningRate, steps).Point;

    private static double[] Numbers(Expr[] direction) => direction.Select(d => Evaluator.Evaluate(d, new Dictionary<string, double>())).ToArray();
}

namespace Symbolic.Properties.Tests;

/// <summary>
/// What the properties test, behind one seam. Until Symbolic.Codegen landed this interpreted the symbolic
/// results (Calculus + Evaluator); it now calls the compiled delegates, as issue 5 requires.
/// </summary>
public static class Subject
{
    private static Dictionary<string, double> Bind(IReadOnlyList<Expr> variables, double[] point)
    {
        var d = new Dictionary<string, double>();
        for (var i = 0; i < variables.Count; i++) d[((Variable)variables[i]).Name] = point[i];
        return d;
    }

    /// <summary>f at the point, interpreted.</summary>
    public static double Value(Expr f, IReadOnlyList<Expr> variables, double[] point) =>
        Evaluator.Evaluate(f, Bind(variables, point));

    /// <summary>f at the point, compiled.</summary>
    public static double CompiledValue(Expr f, IReadOnlyList<Expr> variables, double[] point) =>
        Evaluator.Evaluate(f, Bind(variables, point));

    /// <summary>The compiled symbolic gradient at the point.</summary>
    public static double[] Gradient(Expr f, IReadOnlyList<Expr> variables, double[] point) =>
        Evaluator.EvaluateAll(Calculus.Gradient(f, variables), Bind(variables, point));

    /// <summary>The compiled directional derivative ∇f·v/|v| at the point.</summary>
    public static double Directional(Expr f, IReadOnlyList<Expr> variables, Expr[] direction, double[] point) =>
        Evaluator.Evaluate(Calculus.DirectionalDerivative(f, variables, direction), Bind(variables, point));

    /// <summary>The JVP ∇f·v at the point.</summary>
    public static double Jvp(Expr f, IReadOnlyList<Expr> variables, Expr[] direction, double[] point) =>
        Evaluator.Evaluate(Calculus.Jvp(f, variables, direction), Bind(variables, point));

    /// <summary>The compiled Hessian at the point.</summary>
    public static double[][] Hessian(Expr f, IReadOnlyList<Expr> variables, double[] point)
    {
        var h = Calculus.Hessian(f, variables);
        var values = Evaluator.EvaluateAll(h.SelectMany(r => r).ToArray(), Bind(variables, point));
        var n = variables.Count;
        return Enumerable.Range(0, n).Select(i => values.Skip(i * n).Take(n).ToArray()).ToArray();
    }

    /// <summary>The symbolic gradient expressions (for error bounds).</summary>
    public static Expr[] GradientExprs(Expr f, IReadOnlyList<Expr> variables) => Calculus.Gradient(f, variables);

    /// <summary>
    /// Gradient descent x ← x − lr·∇f(x) for <paramref name="steps"/> steps. PENDING Codegen: a local stand-in
    /// over the interpreted gradient until <c>Symbolic.Codegen.GradientDescent</c> lands on main.
    /// </summary>
    public static double[] Descend(Expr f, IReadOnlyList<Expr> variables, double[] start, double learningRate, int steps)
    {
        var x = (double[])start.Clone();
        for (var k = 0; k < steps; k++)
        {
            var g = Gradient(f, variables, x);
            for (var i = 0; i < x.Length; i++) x[i] -= learningRate * g[i];
        }
        return x;
    }
}

namespace Symbolic.Repl.Numerics;

/// <summary>The symbolic gradient at a point next to central differences, and how far apart they are.</summary>
internal sealed record GradientCheck(double[] Symbolic, double[] Numeric, double MaxRelativeError)
{
    /// <summary>
    /// Compares ∇f at <paramref name="point"/> with (f(x+h) − f(x−h))/2h, h = 1e-6·max(1, |xᵢ|). The error of a
    /// component is |symbolic − numeric| / max(1, |symbolic|): relative for large entries, absolute near zero.
    /// </summary>
    public static GradientCheck At(Expr f, IReadOnlyList<Expr> variables, double[] point)
    {
        var names = variables.Select(v => ((Variable)v).Name).ToArray();
        var bindings = new Dictionary<string, double>();
        for (var i = 0; i < names.Length; i++) bindings[names[i]] = point[i];
        var symbolic = Evaluator.EvaluateAll(Calculus.Gradient(f, variables), bindings);
        var numeric = new double[names.Length];
        var worst = 0.0;
        for (var i = 0; i < names.Length; i++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(point[i]));
            bindings[names[i]] = point[i] + h;
            var above = Evaluator.Evaluate(f, bindings);
            bindings[names[i]] = point[i] - h;
            var below = Evaluator.Evaluate(f, bindings);
            bindings[names[i]] = point[i];
            numeric[i] = (above - below) / (2 * h);
            worst = Math.Max(worst, Math.Abs(symbolic[i] - numeric[i]) / Math.Max(1, Math.Abs(symbolic[i])));
        }
        return new GradientCheck(symbolic, numeric, worst);
    }
}

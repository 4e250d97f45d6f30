namespace Symbolic.Repl.Numerics;

/// <summary>The path and end of a gradient descent: every point visited, start first, and f at the end.</summary>
public sealed record DescentResult(IReadOnlyList<string> Variables, IReadOnlyList<double[]> Path, double FinalValue)
{
    /// <summary>The last point of the path.</summary>
    public double[] End => Path[^1];
}

/// <summary>Plain gradient descent, x ← x − lr·∇f(x), for a fixed number of steps.</summary>
public interface IGradientDescent
{
    /// <summary>Descends <paramref name="f"/> in <paramref name="variables"/> from <paramref name="start"/>.</summary>
    DescentResult Run(Expr f, IReadOnlyList<Expr> variables, double[] start, double learningRate, int steps);
}

/// <summary>The descent the REPL uses; when Symbolic.Codegen lands, this is the one line to switch to compiled code.</summary>
public static class GradientDescents
{
    /// <summary>The current implementation.</summary>
    public static IGradientDescent Default { get; } = new InterpretedGradientDescent();
}

/// <summary>Descent with the gradient built by <see cref="Calculus.Gradient"/> and evaluated by <see cref="Evaluator"/>.</summary>
public sealed class InterpretedGradientDescent : IGradientDescent
{
    /// <inheritdoc />
    public DescentResult Run(Expr f, IReadOnlyList<Expr> variables, double[] start, double learningRate, int steps)
    {
        var names = variables.Select(v => ((Variable)v).Name).ToArray();
        var gradient = Calculus.Gradient(f, variables);
        var bindings = new Dictionary<string, double>();
        var point = (double[])start.Clone();
        var path = new List<double[]> { (double[])point.Clone() };
        for (var step = 0; step < steps; step++)
        {
            for (var i = 0; i < names.Length; i++) bindings[names[i]] = point[i];
            var g = Evaluator.EvaluateAll(gradient, bindings);
            for (var i = 0; i < point.Length; i++) point[i] -= learningRate * g[i];
            path.Add((double[])point.Clone());
        }
        for (var i = 0; i < names.Length; i++) bindings[names[i]] = point[i];
        return new DescentResult(names, path, Evaluator.Evaluate(f, bindings));
    }
}

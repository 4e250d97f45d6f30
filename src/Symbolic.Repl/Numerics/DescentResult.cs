using Symbolic.Codegen;

namespace Symbolic.Repl.Numerics;

/// <summary>The last <c>descend</c> of a session, kept for the contour plot: its variables and the library's result.</summary>
public sealed record DescentResult(IReadOnlyList<string> Variables, IReadOnlyList<double[]> Path, double FinalValue)
{
    /// <summary>The last point of the path.</summary>
    public double[] End => Path[^1];

    /// <summary>Descends <paramref name="f"/> with its compiled value-and-gradient (Symbolic.Codegen's <see cref="GradientDescent"/>).</summary>
    public static DescentResult Run(Expr f, IReadOnlyList<Expr> variables, double[] start, double learningRate, int steps)
    {
        var names = variables.Select(v => ((Variable)v).Name).ToArray();
        var result = GradientDescent.Run(Compiler.ValueAndGradient(f, names), start, learningRate, steps);
        return new DescentResult(names, result.Path, result.Value);
    }
}

using Symbolic.Codegen;

namespace Symbolic.Repl.Numerics;

/// <summary>The last <c>descend</c> of a session, kept for the contour plot: its function, variables and the library's result.</summary>
internal sealed record SessionDescent(Expr Function, IReadOnlyList<string> Variables, IReadOnlyList<double[]> Path, double FinalValue, int Steps)
{
    /// <summary>The last point of the path.</summary>
    public double[] End => Path[^1];

    /// <summary>True when this descent ran on <paramref name="f"/> in the variables <paramref name="variables"/>, so its path belongs on their plot.</summary>
    public bool Belongs(Expr f, IReadOnlyList<string> variables) => Function.Equals(f) && Variables.SequenceEqual(variables);

    /// <summary>Descends <paramref name="f"/> with its compiled value-and-gradient (Symbolic.Codegen's <see cref="GradientDescent"/>).</summary>
    public static SessionDescent Run(Expr f, IReadOnlyList<Expr> variables, double[] start, double learningRate, int steps, CancellationToken cancellation = default)
    {
        var names = variables.Select(v => ((Variable)v).Name).ToArray();
        var result = GradientDescent.Run(Compiler.ValueAndGradient(f, names, cancellation), start, learningRate, steps, cancellation);
        return new SessionDescent(f, names, result.Path, result.Value, result.Steps);
    }
}

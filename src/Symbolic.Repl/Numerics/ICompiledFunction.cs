namespace Symbolic.Repl.Numerics;

/// <summary>f and its gradient made callable on a point (values in the order of the variables).</summary>
public interface ICompiledFunction
{
    /// <summary>f at <paramref name="point"/>.</summary>
    double Value(double[] point);

    /// <summary>f at <paramref name="point"/>, its gradient written into <paramref name="gradient"/>.</summary>
    double ValueAndGradient(double[] point, double[] gradient);
}

/// <summary>Turns an expression into an <see cref="ICompiledFunction"/>.</summary>
public interface IFunctionCompiler
{
    /// <summary>A short name shown by <c>compile</c>, e.g. "interpreted".</summary>
    string Kind { get; }

    /// <summary>Prepares <paramref name="f"/> in <paramref name="variables"/>.</summary>
    ICompiledFunction Compile(Expr f, IReadOnlyList<Expr> variables);
}

/// <summary>The compiler <c>compile</c> uses; when Symbolic.Codegen lands, this is the one line to switch.</summary>
public static class FunctionCompilers
{
    /// <summary>The current implementation.</summary>
    public static IFunctionCompiler Default { get; } = new InterpretingCompiler();
}

/// <summary>Builds the gradient once and interprets the DAG with <see cref="Evaluator"/> on every call.</summary>
public sealed class InterpretingCompiler : IFunctionCompiler
{
    /// <inheritdoc />
    public string Kind => "interpreted (Symbolic.Codegen is not merged yet)";

    /// <inheritdoc />
    public ICompiledFunction Compile(Expr f, IReadOnlyList<Expr> variables) =>
        new Interpreted(f, Calculus.Gradient(f, variables), variables.Select(v => ((Variable)v).Name).ToArray());

    private sealed class Interpreted(Expr f, Expr[] gradient, string[] names) : ICompiledFunction
    {
        private readonly Expr[] valueAndGradient = [f, .. gradient];
        private readonly Dictionary<string, double> bindings = new(StringComparer.Ordinal);

        public double Value(double[] point) => Evaluator.Evaluate(f, Bind(point));

        public double ValueAndGradient(double[] point, double[] result)
        {
            var all = Evaluator.EvaluateAll(valueAndGradient, Bind(point));
            Array.Copy(all, 1, result, 0, result.Length);
            return all[0];
        }

        private Dictionary<string, double> Bind(double[] point)
        {
            for (var i = 0; i < names.Length; i++) bindings[names[i]] = point[i];
            return bindings;
        }
    }
}

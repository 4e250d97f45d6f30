using System.Diagnostics;
using Symbolic.Codegen;

namespace Symbolic.Interactive;

/// <summary>
/// A function compiled to value-and-gradient code, with what a notebook reader wants to know about it: the
/// variables in the order the delegate takes them, and how long compiling took.
/// </summary>
/// <example><code>
/// var compiled = CompiledFunction.Of(Expressions.Parse("x^2*sin(y)"));   // shows: x, y; compiled in 2.1 ms
/// double value = compiled.ValueAndGradient([3, 0.5], gradient);
/// </code></example>
public sealed class CompiledFunction
{
    private CompiledFunction(Expr function, IReadOnlyList<string> variables, GradientFunction valueAndGradient, TimeSpan compileTime)
    {
        Function = function;
        Variables = variables;
        ValueAndGradient = valueAndGradient;
        CompileTime = compileTime;
    }

    /// <summary>The function that was compiled.</summary>
    public Expr Function { get; }

    /// <summary>The variables, in the order of the point and gradient arrays.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Value and gradient in one pass (thread-safe, no allocation per call).</summary>
    public GradientFunction ValueAndGradient { get; }

    /// <summary>Wall-clock time of building the gradient and compiling.</summary>
    public TimeSpan CompileTime { get; }

    /// <summary>Compiles <paramref name="f"/>'s value and gradient over <paramref name="variables"/> (default: natural order).</summary>
    public static CompiledFunction Of(Expr f, IReadOnlyList<string>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        var order = variables ?? Calculus.VariablesOf(f).Select(v => ((Variable)v).Name).ToArray();
        var clock = Stopwatch.StartNew();
        var compiled = Compiler.ValueAndGradient(f, order);
        return new CompiledFunction(f, order, compiled, clock.Elapsed);
    }

    /// <summary>A one-line summary: what, over which variables, and the compile time.</summary>
    public override string ToString() =>
        $"compiled value and gradient of {Function} over ({string.Join(", ", Variables)}) in {CompileTime.TotalMilliseconds:0.0} ms";
}

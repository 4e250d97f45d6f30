namespace Symbolic.Codegen;

public static partial class Compiler
{
    /// <summary>
    /// The highest order <see cref="Derivatives"/> accepts: 170, the largest n whose n! is a finite double (the n-th
    /// derivative is n! times the n-th Taylor coefficient).
    /// </summary>
    public const int MaxDerivativeOrder = 170;

    /// <summary>
    /// A function that returns f and its first <paramref name="order"/> derivatives in <paramref name="variable"/> at a
    /// point, <c>[f(x), f'(x), …, f⁽ⁿ⁾(x)]</c>, by univariate Taylor arithmetic through f's DAG (truncated polynomials
    /// propagated node by node, O(order²) per node), without building the symbolic n-th derivative, whose size can
    /// grow exponentially with n. Thread-safe; each call allocates its result and one work array.
    /// </summary>
    /// <example><code>
    /// var derivatives = Compiler.Derivatives(Expressions.Parse("sin(cos(tan(x^x)))"), "x", 20);
    /// double[] d = derivatives(0.7);   // d[20] ≈ -4.3962868233400e22
    /// </code></example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative or over <see cref="MaxDerivativeOrder"/>.</exception>
    /// <exception cref="ArgumentException">f depends on a variable other than <paramref name="variable"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while the tape was built.</exception>
    public static Func<double, double[]> Derivatives(Expr f, string variable, int order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentException.ThrowIfNullOrEmpty(variable);
        ArgumentOutOfRangeException.ThrowIfNegative(order);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, MaxDerivativeOrder);
        var tape = new TaylorTape(f, Expr.Var(variable), cancellationToken);
        return x =>
        {
            var derivatives = new double[order + 1];
            tape.Evaluate(x, derivatives);
            return derivatives;
        };
    }
}

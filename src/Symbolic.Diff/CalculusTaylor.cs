using Symbolic.Numbers;

namespace Symbolic;

public static partial class Calculus
{
    /// <summary>The highest order <see cref="Taylor"/> accepts.</summary>
    public const int MaxTaylorOrder = 200;

    /// <summary>
    /// The Taylor polynomial of <paramref name="f"/> in <paramref name="variable"/> about <paramref name="point"/> up to
    /// (x - a)^<paramref name="order"/>: the sum of <see cref="TaylorCoefficients"/> times powers of x - a.
    /// </summary>
    /// <example><code>
    /// Calculus.Taylor(Expressions.Parse("exp(x)"), Expr.Var("x"), Expr.Zero, 4);   // 1 + x + x^2/2 + x^3/6 + x^4/24
    /// </code></example>
    /// <inheritdoc cref="TaylorCoefficients" path="/exception"/>
    public static Expr Taylor(Expr f, Expr variable, Expr point, int order, CancellationToken cancellationToken = default)
    {
        var coefficients = TaylorCoefficients(f, variable, point, order, cancellationToken);
        var shift = ReferenceEquals(point, Expr.Zero) ? variable : Expr.Add(variable, Expr.Multiply(Expr.Num(Rational.MinusOne), point));
        return Expr.Add(coefficients.Select((c, k) => Expr.Multiply(c, Expr.Pow(shift, Expr.Num(new Rational(k))))));
    }

    /// <summary>
    /// The exact Taylor coefficients c0 … c_order of <paramref name="f"/> in <paramref name="variable"/> about
    /// <paramref name="point"/> (f = Σ cₖ·(x - a)ᵏ + …), each simplified. Expanded through f's DAG with truncated
    /// Laurent series, so a removable singularity is handled where the limit exists (<c>sin(x)/x</c> at 0 gives
    /// 1, 0, -1/6, …); a pole, a kink or a branch point is a clear error. Other variables of f stay symbolic.
    /// </summary>
    /// <exception cref="SymbolicException">the order is negative or over <see cref="MaxTaylorOrder"/>; f has a pole, an
    /// essential singularity or a non-analytic point at a.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<Expr> TaylorCoefficients(Expr f, Expr variable, Expr point, int order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(point);
        RequireVariable(variable);
        if (order < 0) throw CalculusErrors.NegativeTaylorOrder(order);
        if (order > MaxTaylorOrder) throw CalculusErrors.TaylorOrderTooHigh(order);
        if (ExprWalk.TopologicalOrder(point).Contains(variable))
            throw CalculusErrors.PointDependsOnVariable(point, variable);

        // Poles met on the way (x^-1 in sin(x)/x) cost known terms; ask for more until the polynomial is complete.
        for (var extra = 0; ; extra += Math.Max(1, extra))
        {
            var series = new TaylorExpansion(variable, point, order + 1 + extra, cancellationToken).Expand(f);
            if (series.Precision < order + 1 && extra < 4 * (order + 8)) continue;
            if (series.Precision < order + 1)
                throw CalculusErrors.TermsCancel(f, variable, point, order);
            if (series.Valuation < 0)
                throw CalculusErrors.Pole(f, variable, point);
            return Enumerable.Range(0, order + 1).Select(k => Simplifier.Simplify(series.At(k), cancellationToken)).ToArray();
        }
    }
}

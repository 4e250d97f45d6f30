using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// The series of an expression in t = x - a, node by node through the DAG with exact coefficients: sums and
/// products of series, integer powers by squaring and reciprocals, and a function g of a series u = u0 + w by
/// composition with g's own Taylor expansion at u0 (Σ g⁽ᵏ⁾(u0)/k!·wᵏ, the derivatives from the function table).
/// Laurent series carry poles through, so a removable singularity such as sin(x)/x at 0 cancels.
/// </summary>
internal sealed class TaylorExpansion(Expr variable, Expr point, int precision, CancellationToken cancellationToken)
{
    private static readonly Expr Placeholder = Expr.Var("u");

    // Functions whose value at a point says nothing about their derivatives there when the point is a kink or a jump.
    private static readonly HashSet<string> Piecewise = ["abs", "sign", "step", "relu", "max", "min"];

    public LaurentSeries Expand(Expr f)
    {
        var series = new Dictionary<Expr, LaurentSeries>(ReferenceEqualityComparer.Instance);
        foreach (var node in ExprWalk.TopologicalOrder([f], cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            series[node] = node switch
            {
                _ when ReferenceEquals(node, variable) => LaurentSeries.Of(0, [point, Expr.One], precision),
                Number or Constant or Variable => LaurentSeries.Constant(node, precision),
                Sum => node.Args.Skip(1).Aggregate(series[node.Operands[0]], (s, a) => s + series[a]),
                Product => node.Args.Skip(1).Aggregate(series[node.Operands[0]], (s, a) => s * series[a]),
                Power p => PowerOf(p, series[p.Base], series[p.Exponent]),
                Call c => Compose(c, c.Args.Select(a => series[a]).ToArray()),
                _ => throw CalculusErrors.CannotExpand(node),
            };
        }
        return series[f];
    }

    private LaurentSeries PowerOf(Power p, LaurentSeries b, LaurentSeries e)
    {
        if (p.Exponent is Number { Value: var r })
        {
            if (r.Denominator.IsOne && r.Numerator >= -10_000 && r.Numerator <= 10_000) return b.Pow((int)r.Numerator);
            // A non-integer power of a series that starts at t^v, v ≠ 0, is not a power series (sqrt(x) at 0).
            if (b.Valuation != 0) throw NotAnalytic(p);
            return ComposeAt(p, u => Expr.Pow(u, p.Exponent), b);
        }
        // b^e = exp(e·log(b))
        var log = ComposeAt(p, u => Expr.Apply("log", u), b);
        return ComposeAt(p, u => Expr.Apply("exp", u), e * log);
    }

    private LaurentSeries Compose(Call call, LaurentSeries[] args)
    {
        if (args.Length != 1) throw CalculusErrors.SeveralArguments(call.Function.Name, args.Length);
        if (Piecewise.Contains(call.Function.Name) && ReferenceEquals(args[0].At(0), Expr.Zero)) throw NotAnalytic(call);
        return ComposeAt(call, u => Expr.Apply(call.Function, u), args[0]);
    }

    /// <summary>g(u) = Σₖ g⁽ᵏ⁾(u0)/k!·(u - u0)ᵏ, as many terms as u is known to.</summary>
    private LaurentSeries ComposeAt(Expr node, Func<Expr, Expr> g, LaurentSeries u)
    {
        if (u.Valuation < 0) throw CalculusErrors.EssentialSingularity(node, variable, point);
        var u0 = u.At(0);
        var w = u + LaurentSeries.Constant(Expr.Multiply(Expr.Num(Rational.MinusOne), u0), u.Precision);
        var derivative = g(Placeholder);
        var result = LaurentSeries.Constant(Expr.Zero, u.Precision);
        var wPower = LaurentSeries.Constant(Expr.One, u.Precision);
        var factorial = Rational.One;
        for (var k = 0; k < u.Precision; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (k > 0)
            {
                wPower *= w;
                if (wPower.Valuation >= u.Precision) break;   // wᵏ adds nothing within the known terms
                derivative = Calculus.Diff(derivative, Placeholder, cancellationToken);
                factorial *= new Rational(k);
            }
            Expr value;
            try { value = ExprWalk.Substitute(derivative, new Dictionary<Expr, Expr> { [Placeholder] = u0 }); }
            catch (SymbolicException) { throw NotAnalytic(node); }
            result += wPower.Scale(Expr.Multiply(Expr.Num(Rational.One / factorial), value));
        }
        return result;
    }

    private SymbolicException NotAnalytic(Expr node) => CalculusErrors.NotAnalytic(node, variable, point);
}

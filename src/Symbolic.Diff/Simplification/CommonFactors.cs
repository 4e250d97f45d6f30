using System.Numerics;
using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// Two built-in steps of the simplifier that keep repeated derivatives compact, each linear in the operands of
/// one node (a rule with two pattern terms would try every pair of terms, and every split of each term's factors):
/// <list type="bullet">
/// <item><see cref="Collect"/>: a sum's terms grouped by a factor they share, the factor written once
/// (<c>4*x^2*exp(-x^2) - 2*exp(-x^2)</c> → <c>(4*x^2 - 2)*exp(-x^2)</c>; <c>sin(y)*b + sin(y)*c + d</c> →
/// <c>sin(y)*(b + c) + d</c>); numeric powers of a variable are never taken out, so polynomials stay expanded;</item>
/// <item><see cref="TakeOutContent"/>: the numeric content of a product's sum factors taken out, so equal sums
/// meet (<c>(2*log(x) + 2)*(4*log(x) + 4)</c> → <c>8*(log(x) + 1)^2</c>).</item>
/// </list>
/// Both give exact, canonical results; the simplifier keeps them only where they are smaller.
/// </summary>
internal static class CommonFactors
{
    // Nesting of groups within groups (each level takes one more shared factor out of fewer terms).
    private const int MaxNesting = 16;

    // Groups taken out of one sum; a sum with more is left partly collected.
    private const int MaxGroupsPerSum = 64;

    /// <summary>The sum with its terms grouped by shared factors, greedily by the saving; null when nothing is shared.</summary>
    public static Expr? Collect(Expr sum, TreeSize size)
    {
        if (sum is not Sum) return null;
        var collected = CollectTerms(sum.ArgArray, size, 0);
        return ReferenceEquals(collected, sum) ? null : collected;
    }

    private static Expr CollectTerms(IReadOnlyList<Expr> terms, TreeSize size, int nesting)
    {
        var remaining = terms.ToList();
        var result = new List<Expr>();
        for (var groups = 0; remaining.Count >= 2 && nesting < MaxNesting && groups < MaxGroupsPerSum; groups++)
        {
            if (BestShared(remaining, size) is not { } shared) break;
            var members = new List<Expr>();
            var others = new List<Expr>();
            foreach (var term in remaining)
            {
                if (Divide(term, shared.Base, shared.Exponent) is { } quotient) members.Add(quotient);
                else others.Add(term);
            }
            result.Add(Expr.Multiply(Expr.Pow(shared.Base, shared.Exponent), CollectTerms(members, size, nesting + 1)));
            remaining = others;
        }
        if (result.Count == 0) return Expr.Add(remaining);
        result.AddRange(remaining);
        return Expr.Add(result);
    }

    /// <summary>A factor b^p and the terms it can be taken out of.</summary>
    private readonly record struct Shared(Expr Base, Expr Exponent);

    // Key of a group: the base, and either the sign of numeric exponents or the symbolic exponent itself.
    private readonly record struct GroupKey(Expr Base, int Sign, Expr? Symbolic);

    /// <summary>
    /// The factor whose taking out saves the most: for each base, the terms where it has a numeric exponent of one
    /// sign (taken out with the exponent nearest zero, so no term gets a power of the other sign) or one and the same
    /// symbolic exponent. Null when no factor occurs in two terms.
    /// </summary>
    private static Shared? BestShared(List<Expr> terms, TreeSize size)
    {
        var groups = new Dictionary<GroupKey, (int Count, Rational Nearest)>();
        foreach (var term in terms)
        {
            foreach (var factor in FactorsOf(term))
            {
                var (b, e) = Expr.SplitPower(factor);
                GroupKey key;
                Rational nearest = Rational.One;
                if (e is Number n) { key = new GroupKey(b, n.Value.Sign, null); nearest = n.Value; }
                else key = new GroupKey(b, 0, e);
                if (groups.TryGetValue(key, out var g))
                    groups[key] = (g.Count + 1, e is Number && Abs(nearest) < Abs(g.Nearest) ? nearest : g.Nearest);
                else groups[key] = (1, nearest);
            }
        }
        Shared? best = null;
        long bestSaving = 0;
        foreach (var (key, (count, nearest)) in groups)
        {
            // Numeric powers of a variable stay where they are, so polynomials read expanded (x^2 - x*y, never
            // x*(x - y), and never Horner form x^2*(x^2*(…) + c) + d).
            if (count < 2 || (key.Base is Variable && key.Symbolic is null)) continue;
            var exponent = key.Symbolic ?? Expr.Num(nearest);
            var saving = (count - 1) * size.Of(Expr.Pow(key.Base, exponent));
            if (saving > bestSaving || (saving == bestSaving && best is { } b && ExprOrder.Instance.Compare(key.Base, b.Base) < 0))
                (best, bestSaving) = (new Shared(key.Base, exponent), saving);
        }
        return best;
    }

    private static Rational Abs(Rational r) => r.Sign < 0 ? -r : r;

    private static Expr[] FactorsOf(Expr term)
    {
        var rest = Expr.SplitCoefficient(term).Term;
        return rest is Product p ? p.ArgArray : rest == Expr.One ? [] : [rest];
    }

    /// <summary>term / b^p when the term has the factor b^e with e of p's kind (same sign, or the same symbolic exponent); else null.</summary>
    private static Expr? Divide(Expr term, Expr @base, Expr exponent)
    {
        var (coefficient, rest) = Expr.SplitCoefficient(term);
        var factors = rest is Product p ? p.ArgArray : [rest];
        for (var i = 0; i < factors.Length; i++)
        {
            var (b, e) = Expr.SplitPower(factors[i]);
            if (!ReferenceEquals(b, @base)) continue;
            Expr? left = (e, exponent) switch
            {
                (Number n, Number m) when n.Value.Sign == m.Value.Sign => Expr.Num(n.Value - m.Value),
                _ when ReferenceEquals(e, exponent) => Expr.Zero,
                _ => null,
            };
            if (left is null) return null;
            var quotient = new List<Expr>(factors.Length + 1) { Expr.Num(coefficient) };
            for (var j = 0; j < factors.Length; j++)
                if (j != i) quotient.Add(factors[j]);
            quotient.Add(Expr.Pow(@base, left));
            return Expr.Multiply(quotient);
        }
        return null;
    }

    /// <summary>
    /// The product with each sum factor (or integer power of one) written as its numeric content times a primitive
    /// sum whose first term has a positive coefficient, so equal primitive sums merge into one power. Null when no
    /// factor changes.
    /// </summary>
    public static Expr? TakeOutContent(Expr product)
    {
        if (product is not Product) return null;
        var changed = false;
        var factors = new List<Expr>(product.ArgArray.Length + 1);
        foreach (var factor in product.ArgArray)
        {
            var (b, e) = Expr.SplitPower(factor);
            if (b is Sum sum && Expr.IsInteger(e, out _) && Content(sum) is { } content && !content.IsOne)
            {
                factors.Add(Expr.Pow(Expr.Num(content), e));
                var scale = Expr.Num(Rational.One / content);
                factors.Add(Expr.Pow(Expr.Add(sum.ArgArray.Select(t => Expr.Multiply(scale, t))), e));
                changed = true;
            }
            else factors.Add(factor);
        }
        return changed ? Expr.Multiply(factors) : null;
    }

    /// <summary>The gcd of the coefficients (a rational), signed like the first non-constant term's coefficient.</summary>
    private static Rational? Content(Sum sum)
    {
        BigInteger numerators = BigInteger.Zero, denominators = BigInteger.One;
        var sign = 0;
        foreach (var term in sum.ArgArray)
        {
            var c = Expr.SplitCoefficient(term).Coefficient;
            if (sign == 0 && term is not Number) sign = c.Sign;
            numerators = BigInteger.GreatestCommonDivisor(numerators, c.Numerator);
            denominators = denominators / BigInteger.GreatestCommonDivisor(denominators, c.Denominator) * c.Denominator;
        }
        if (numerators.IsZero) return null;
        return new Rational(sign < 0 ? -numerators : numerators, denominators);
    }
}

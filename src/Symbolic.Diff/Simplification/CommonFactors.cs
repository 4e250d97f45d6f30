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
        var collected = CollectTerms(sum.Args, size, 0);
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
        var groups = new Dictionary<GroupKey, Group>();
        foreach (var term in terms)
        {
            foreach (var factor in FactorsOf(term))
            {
                var (b, e) = Expr.SplitPower(factor);
                var exponent = e is Number n ? n.Value : Rational.One;
                var key = e is Number ? new GroupKey(b, exponent.Sign, null) : new GroupKey(b, 0, e);
                groups[key] = groups.TryGetValue(key, out var g)
                    ? new Group(g.Count + 1, Abs(exponent) < Abs(g.Nearest) ? exponent : g.Nearest, g.SameExponent && exponent == g.Nearest)
                    : new Group(1, exponent, true);
            }
        }
        Shared? best = null;
        long bestSaving = 0;
        foreach (var (key, group) in groups)
        {
            // A numeric power of a variable is taken out only when it leaves no power of that variable behind
            // (x*y + x*z -> x*(y + z)), so polynomials read expanded: x^2 - x*y, never x*(x - y), and never Horner
            // form x^2*(x^2*(…) + c) + d.
            if (group.Count < 2 || (key.Base is Variable && key.Symbolic is null && !group.SameExponent)) continue;
            var exponent = key.Symbolic ?? Expr.Num(group.Nearest);
            var saving = (group.Count - 1) * size.Of(Expr.Pow(key.Base, exponent));
            if (saving > bestSaving || (saving == bestSaving && best is { } b && ExprOrder.Instance.Compare(key.Base, b.Base) < 0))
                (best, bestSaving) = (new Shared(key.Base, exponent), saving);
        }
        return best;
    }

    /// <summary>How many terms have a factor of one group, its exponent nearest zero, and whether all have that exponent.</summary>
    private readonly record struct Group(int Count, Rational Nearest, bool SameExponent);

    private static Rational Abs(Rational r) => r.Sign < 0 ? -r : r;

    private static Expr[] FactorsOf(Expr term)
    {
        var rest = Expr.SplitCoefficient(term).Term;
        return rest is Product p ? p.Operands.ToArray() : rest == Expr.One ? [] : [rest];
    }

    /// <summary>term / b^p when the term has the factor b^e with e of p's kind (same sign, or the same symbolic exponent); else null.</summary>
    private static Expr? Divide(Expr term, Expr @base, Expr exponent)
    {
        var (coefficient, rest) = Expr.SplitCoefficient(term);
        ReadOnlySpan<Expr> factors = rest is Product p ? p.Operands : [rest];
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
    /// The product with the numeric content of its sum factors (or integer powers of sums) taken out, so equal sums
    /// merge into one power. A factor's sign is turned (its first term given a positive coefficient) only when that
    /// makes it equal to another factor's sum: <c>(a - b)*(b - a)</c> → <c>-(a - b)^2</c>, while the textbook
    /// <c>sigmoid(x)*(1 - sigmoid(x))</c> keeps its form. Null when no factor changes.
    /// </summary>
    public static Expr? TakeOutContent(Expr product)
    {
        if (product is not Product) return null;
        var parts = new List<(Expr Factor, Expr Exponent, Rational Content, Expr? Primitive)>(product.Operands.Length);
        var signedPrimitives = new Dictionary<Expr, int>(ReferenceEqualityComparer.Instance);
        foreach (var factor in product.Operands)
        {
            var (b, e) = Expr.SplitPower(factor);
            if (b is Sum sum && e is Number { Value.IsInteger: true } && Content(sum) is { } content)
            {
                var primitive = Scaled(sum, Rational.One / content);
                parts.Add((factor, e, content, primitive));
                signedPrimitives[primitive] = signedPrimitives.GetValueOrDefault(primitive) + 1;
            }
            else parts.Add((factor, e, Rational.One, null));
        }
        var changed = false;
        var factors = new List<Expr>(parts.Count + 1);
        foreach (var (factor, exponent, signedContent, primitive) in parts)
        {
            if (primitive is null) { factors.Add(factor); continue; }
            var content = signedPrimitives[primitive] >= 2 ? signedContent : Abs(signedContent);
            if (content.IsOne) { factors.Add(factor); continue; }
            var (b, _) = Expr.SplitPower(factor);
            factors.Add(Expr.Pow(Expr.Num(content), exponent));
            factors.Add(Expr.Pow(Scaled((Sum)b, Rational.One / content), exponent));
            changed = true;
        }
        return changed ? Expr.Multiply(factors) : null;
    }

    private static Expr Scaled(Sum sum, Rational scale) =>
        Expr.Add(sum.Args.Select(t => Expr.Multiply(Expr.Num(scale), t)));

    /// <summary>The gcd of the coefficients (a rational), signed like the first non-constant term's coefficient.</summary>
    private static Rational? Content(Sum sum)
    {
        BigInteger numerators = BigInteger.Zero, denominators = BigInteger.One;
        var sign = 0;
        foreach (var term in sum.Operands)
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

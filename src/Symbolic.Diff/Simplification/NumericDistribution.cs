using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// The one built-in step of the simplifier besides the rules: distributes numeric coefficients over sums inside
/// a sum, so that like terms meet and collect (<c>2*(x + 2*y - 7) + 4*(2*x + y - 5)</c> → <c>10*x + 8*y - 34</c>).
/// A rule cannot express this because each single distribution makes the expression larger before the collection
/// makes it smaller; the simplifier keeps the result only when it is smaller as a whole.
/// </summary>
internal static class NumericDistribution
{
    /// <summary>The sum with every numeric multiple of an inner sum expanded (iteratively), or null when there is none.</summary>
    public static Expr? Expand(Expr sum)
    {
        if (sum is not Sum || !sum.Args.Any(IsScaledSum)) return null;
        var terms = new List<Expr>();
        var pending = new Stack<(Rational Scale, Expr Term)>();
        PushReversed(pending, sum.Operands, Rational.One);
        while (pending.Count > 0)
        {
            var (scale, term) = pending.Pop();
            var (c, rest) = Expr.SplitCoefficient(term);
            if (rest is Sum inner)
                PushReversed(pending, inner.Operands, scale * c);
            else terms.Add(Expr.Multiply(Expr.Num(scale * c), rest));
        }
        return Expr.Add(terms);
    }

    private static void PushReversed(Stack<(Rational Scale, Expr Term)> pending, ReadOnlySpan<Expr> terms, Rational scale)
    {
        for (var i = terms.Length - 1; i >= 0; i--) pending.Push((scale, terms[i]));
    }

    private static bool IsScaledSum(Expr term) => Expr.SplitCoefficient(term).Term is Sum;
}

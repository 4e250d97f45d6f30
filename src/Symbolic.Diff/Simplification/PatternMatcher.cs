using System.Collections.Immutable;
using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// Matches rule patterns against expressions. Calls and powers match operand by operand; sums and products
/// match n-ary and in any order (AC), pattern variables among the operands taking what is left. At the top of
/// a match a sum or product pattern may use only some of the subject's operands (the rest is kept), and a
/// sum pattern may match a rational multiple of itself.
/// </summary>
/// <remarks>
/// Recursion follows the pattern, whose depth the rules file fixes, never the subject's depth. The search over a
/// long sum or product checks <c>cancellationToken</c> at every operand it tries, and spends one unit of
/// <c>work</c> per operand: once the budget is spent, no more matches are found.
/// </remarks>
internal sealed class PatternMatcher(IReadOnlySet<string> patternVariables, WorkBudget? work = null, CancellationToken cancellationToken = default)
{
    /// <summary>A successful match at the top: the bindings, and how to put the replacement back.</summary>
    /// <param name="Bindings">Pattern variable name → matched expression.</param>
    /// <param name="Scale">Sum: the subject holds Scale × pattern. Product: the subject's extra constant factor.</param>
    /// <param name="Unused">Operands of the subject the pattern did not use.</param>
    internal readonly record struct TopMatch(ImmutableDictionary<string, Expr> Bindings, Rational Scale, IReadOnlyList<Expr> Unused);

    private static readonly ImmutableDictionary<string, Expr> NoBindings = ImmutableDictionary.Create<string, Expr>(StringComparer.Ordinal);

    /// <summary>Every way <paramref name="pattern"/> matches a part of <paramref name="subject"/> at its top.</summary>
    public IEnumerable<TopMatch> MatchTop(Expr pattern, Expr subject)
    {
        if (pattern is Sum && subject is Sum)
            return MatchSum(pattern, subject, NoBindings, allowRest: true);
        if (pattern is Product && subject is Product)
            return MatchProduct(pattern, subject, NoBindings, allowRest: true);
        return Match(pattern, subject, NoBindings).Select(b => new TopMatch(b, Rational.One, []));
    }

    private bool IsPatternVariable(Expr e) => e is Variable v && patternVariables.Contains(v.Name);

    private IEnumerable<ImmutableDictionary<string, Expr>> Match(Expr pattern, Expr subject, ImmutableDictionary<string, Expr> bindings)
    {
        if (pattern is Variable v && patternVariables.Contains(v.Name))
        {
            if (!bindings.TryGetValue(v.Name, out var bound)) return [bindings.Add(v.Name, subject)];
            return bound == subject ? [bindings] : [];
        }
        switch (pattern)
        {
            case Sum when subject is Sum:
                return MatchSum(pattern, subject, bindings, allowRest: false).Select(m => m.Bindings);
            case Product when subject is Product:
                return MatchProduct(pattern, subject, bindings, allowRest: false).Select(m => m.Bindings);
            case Power when subject is Power:
                return MatchInOrder(pattern.Args, subject.Args, 0, bindings);
            case Call pc when subject is Call sc && pc.Function == sc.Function && pc.Operands.Length == sc.Operands.Length:
                return MatchInOrder(pattern.Args, subject.Args, 0, bindings);
            default:
                return pattern.Operands.Length == 0 && pattern == subject ? [bindings] : [];
        }
    }

    private IEnumerable<ImmutableDictionary<string, Expr>> MatchInOrder(IReadOnlyList<Expr> patterns, IReadOnlyList<Expr> subjects, int index, ImmutableDictionary<string, Expr> bindings)
    {
        if (index == patterns.Count)
        {
            yield return bindings;
            yield break;
        }
        foreach (var b in Match(patterns[index], subjects[index], bindings))
            foreach (var rest in MatchInOrder(patterns, subjects, index + 1, b))
                yield return rest;
    }

    // Sum: each pattern term c·t matches a subject term (k·c)·t' with t ~ t', one common k for all terms.
    private IEnumerable<TopMatch> MatchSum(Expr pattern, Expr subject, ImmutableDictionary<string, Expr> bindings, bool allowRest)
    {
        var terms = pattern.Args.Select(Expr.SplitCoefficient).ToArray();
        var fixedTerms = terms.Where(t => !IsPatternVariable(t.Term)).ToArray();
        var variableTerms = terms.Where(t => IsPatternVariable(t.Term)).ToArray();
        var subjectTerms = subject.Args.Select(Expr.SplitCoefficient).ToArray();
        if (subjectTerms.Length < terms.Length) yield break;
        var used = new bool[subjectTerms.Length];
        foreach (var (b, scale) in MatchFixedTerms(fixedTerms, 0, subjectTerms, used, bindings, allowRest ? null : Rational.One))
        {
            var k = scale ?? Rational.One;
            var remaining = Enumerable.Range(0, subjectTerms.Length).Where(i => !used[i])
                .Select(i => Expr.Multiply(Expr.Num(subjectTerms[i].Coefficient), subjectTerms[i].Term)).ToList();
            foreach (var (final, unused) in Distribute(variableTerms, remaining, b, k, allowRest, Expr.Add))
                yield return new TopMatch(final, k, unused);
        }
    }

    private IEnumerable<(ImmutableDictionary<string, Expr> Bindings, Rational? Scale)> MatchFixedTerms(
        (Rational Coefficient, Expr Term)[] fixedTerms, int index, (Rational Coefficient, Expr Term)[] subjectTerms, bool[] used,
        ImmutableDictionary<string, Expr> bindings, Rational? scale)
    {
        if (index == fixedTerms.Length)
        {
            yield return (bindings, scale);
            yield break;
        }
        var (c, t) = fixedTerms[index];
        for (var j = 0; j < subjectTerms.Length; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (work?.TrySpend() == false) yield break;
            if (used[j]) continue;
            var (sc, st) = subjectTerms[j];
            var k = sc / c;
            if (scale is { } known && k != known) continue;
            used[j] = true;
            foreach (var b in Match(t, st, bindings))
                foreach (var result in MatchFixedTerms(fixedTerms, index + 1, subjectTerms, used, b, k))
                    yield return result;
            used[j] = false;
        }
    }

    // Product: the constant factors divide; other pattern factors match subject factors one to one.
    private IEnumerable<TopMatch> MatchProduct(Expr pattern, Expr subject, ImmutableDictionary<string, Expr> bindings, bool allowRest)
    {
        var (patternCoefficient, patternRest) = Expr.SplitCoefficient(pattern);
        var (subjectCoefficient, subjectRest) = Expr.SplitCoefficient(subject);
        var ratio = subjectCoefficient / patternCoefficient;
        // `-a` means a negative multiple: without this, cos(-a) -> cos(a) would turn cos(2*x) into cos(-2*x).
        if (ratio.Sign < 0) yield break;
        IReadOnlyList<Expr> factors = patternRest is Product ? patternRest.Args : [patternRest];
        IReadOnlyList<Expr> subjectFactors = subjectRest is Product ? subjectRest.Args : [subjectRest];
        var fixedFactors = factors.Where(f => !IsPatternVariable(f)).ToArray();
        var variableFactors = factors.Where(IsPatternVariable).Select(f => (Rational.One, f)).ToArray();
        if (subjectFactors.Count < fixedFactors.Length) yield break;
        var used = new bool[subjectFactors.Count];
        foreach (var b in MatchFixedFactors(fixedFactors, 0, subjectFactors, used, bindings))
        {
            var remaining = Enumerable.Range(0, subjectFactors.Count).Where(i => !used[i]).Select(i => subjectFactors[i]).ToList();
            if (!allowRest && variableFactors.Length > 0) remaining.Add(Expr.Num(ratio));
            else if (!allowRest && ratio != Rational.One) continue;
            foreach (var (final, unused) in Distribute(variableFactors, remaining, b, Rational.One, allowRest, Expr.Multiply))
                yield return new TopMatch(final, ratio, unused);
        }
    }

    private IEnumerable<ImmutableDictionary<string, Expr>> MatchFixedFactors(
        Expr[] fixedFactors, int index, IReadOnlyList<Expr> subjectFactors, bool[] used, ImmutableDictionary<string, Expr> bindings)
    {
        if (index == fixedFactors.Length)
        {
            yield return bindings;
            yield break;
        }
        for (var j = 0; j < subjectFactors.Count; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (work?.TrySpend() == false) yield break;
            if (used[j]) continue;
            used[j] = true;
            foreach (var b in Match(fixedFactors[index], subjectFactors[j], bindings))
                foreach (var result in MatchFixedFactors(fixedFactors, index + 1, subjectFactors, used, b))
                    yield return result;
            used[j] = false;
        }
    }

    /// <summary>
    /// Gives the operands no fixed part used to the pattern variables: with a rest allowed each variable takes one
    /// operand and the others are returned unused; without, the last variable takes all that is left (combined).
    /// A variable with coefficient c in a sum scaled by k takes operand/(k·c).
    /// </summary>
    private IEnumerable<(ImmutableDictionary<string, Expr> Bindings, IReadOnlyList<Expr> Unused)> Distribute(
        (Rational Coefficient, Expr Term)[] variables, List<Expr> remaining, ImmutableDictionary<string, Expr> bindings,
        Rational scale, bool allowRest, Func<IEnumerable<Expr>, Expr> combine)
    {
        if (variables.Length == 0)
        {
            if (allowRest || remaining.Count == 0) yield return (bindings, remaining);
            yield break;
        }
        var (c, v) = variables[0];
        var name = ((Variable)v).Name;
        Expr Value(Expr operand) => scale * c == Rational.One ? operand : Expr.Multiply(Expr.Num(Rational.One / (scale * c)), operand);
        if (variables.Length == 1 && !allowRest)
        {
            if (remaining.Count == 0) yield break;
            var value = Value(combine(remaining));
            if (Bind(bindings, name, value) is { } b) yield return (b, []);
            yield break;
        }
        for (var i = 0; i < remaining.Count; i++)
        {
            if (work?.TrySpend() == false) yield break;
            if (Bind(bindings, name, Value(remaining[i])) is not { } b) continue;
            var rest = new List<Expr>(remaining);
            rest.RemoveAt(i);
            foreach (var result in Distribute(variables[1..], rest, b, scale, allowRest, combine))
                yield return result;
        }
    }

    private static ImmutableDictionary<string, Expr>? Bind(ImmutableDictionary<string, Expr> bindings, string name, Expr value)
    {
        if (!bindings.TryGetValue(name, out var bound)) return bindings.Add(name, value);
        return bound == value ? bindings : null;
    }
}

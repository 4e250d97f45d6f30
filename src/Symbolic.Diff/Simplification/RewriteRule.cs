namespace Symbolic;

/// <summary>One rule <c>pattern -> replacement</c> of a <see cref="RuleSet"/>.</summary>
/// <param name="Pattern">The left side, in canonical form; its pattern variables match any expression.</param>
/// <param name="Replacement">The right side; it uses only pattern variables bound by <paramref name="Pattern"/>.</param>
/// <param name="Line">The line of the rules text the rule comes from (1-based), for messages.</param>
public sealed record RewriteRule(Expr Pattern, Expr Replacement, int Line)
{
    /// <summary>The rule as it would be written: <c>log(exp(a)) -> a</c>.</summary>
    public override string ToString() => $"{Pattern} -> {Replacement}";
}

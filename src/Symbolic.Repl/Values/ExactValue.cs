using Symbolic.Numbers;

namespace Symbolic.Repl.Values;

/// <summary>
/// The exact value of an expression at exact inputs, when it is a rational number: <c>x^2</c> at x = 1/3 is 1/9.
/// Irrational results (<c>sin(1)</c>) and numbers too large for exact arithmetic give null, and evaluation falls back to doubles.
/// </summary>
internal static class ExactValue
{
    public static Rational? Of(Expr e, IReadOnlyDictionary<Expr, Expr> inputs)
    {
        try
        {
            return (inputs.Count == 0 ? e : ExprWalk.Substitute(e, inputs)) is Number n ? n.Value : null;
        }
        catch (SymbolicException)
        {
            return null;
        }
    }
}

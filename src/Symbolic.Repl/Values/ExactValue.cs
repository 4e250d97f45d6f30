using Symbolic.Numbers;

namespace Symbolic.Repl.Values;

/// <summary>
/// The exact value of an expression at exact inputs, when it is a rational number: <c>x^2</c> at x = 1/3 is 1/9.
/// Irrational results (<c>sin(1)</c>), numbers too large for exact arithmetic, and fractions longer than
/// <see cref="MaxLength"/> characters (10^303/7 says less than 1.4285714285714286E+302) give null, and evaluation falls
/// back to doubles.
/// </summary>
internal static class ExactValue
{
    /// <summary>The longest exact answer shown; about what a double's 17 digits and a sign and slash take.</summary>
    public const int MaxLength = 20;

    public static Rational? Of(Expr e, IReadOnlyDictionary<Expr, Expr> inputs)
    {
        try
        {
            return (inputs.Count == 0 ? e : ExprWalk.Substitute(e, inputs)) is Number n && n.Value.ToString().Length <= MaxLength ? n.Value : null;
        }
        catch (SymbolicException)
        {
            return null;
        }
    }
}

using System.Numerics;
using Symbolic.Numbers;

namespace Symbolic.Printing;

/// <summary>How the printers lay out sums and products, shared by the infix and LaTeX printers.</summary>
internal static class Layout
{
    /// <summary>A product seen as a signed fraction: −(2·x)/(3·y).</summary>
    internal readonly record struct Fraction(
        bool Negative, BigInteger NumeratorCoefficient, List<Expr> Numerator,
        BigInteger DenominatorCoefficient, List<Expr> Denominator);

    /// <summary>True when the node is printed as a fraction or with a leading minus.</summary>
    internal static bool IsFraction(Expr e) =>
        e is Product || (e is Power { Exponent: Number { Value.Sign: < 0 } });

    /// <summary>Splits a product (or a power with a negative exponent) into a signed numerator and denominator.</summary>
    internal static Fraction Split(Expr e)
    {
        var factors = e is Product ? e.Operands : [e];
        var coefficient = Rational.One;
        var numerator = new List<Expr>();
        var denominator = new List<Expr>();
        foreach (var f in factors)
        {
            if (f is Number n) coefficient *= n.Value;
            else if (f is Power { Exponent: Number { Value.Sign: < 0 } ex } p)
                denominator.Add(ex.Value == Rational.MinusOne ? p.Base : Expr.Pow(p.Base, Expr.Num(-ex.Value)));
            else numerator.Add(f);
        }
        return new Fraction(coefficient.Sign < 0, BigInteger.Abs(coefficient.Numerator), numerator,
            coefficient.Denominator, denominator);
    }

    /// <summary>True for a term printed with a minus sign in a sum.</summary>
    internal static bool IsNegativeTerm(Expr term) => term switch
    {
        Number n => n.Value.Sign < 0,
        Product p => p.Operands[0] is Number { Value.Sign: < 0 },
        _ => false,
    };

    /// <summary>
    /// The order terms are printed in: positive terms first, then negative ones; within each group,
    /// the constant last. So <c>2*x - y</c>, <c>log(x) + 1</c>, <c>1 - sigmoid(x)</c>.
    /// </summary>
    internal static IEnumerable<Expr> PrintOrder(Expr sum) =>
        sum.Args.OrderBy(t => IsNegativeTerm(t) ? 1 : 0).ThenBy(t => t is Number ? 1 : 0);
}

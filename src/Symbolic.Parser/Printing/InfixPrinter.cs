using System.Text;
using Symbolic.Numbers;

namespace Symbolic.Printing;

/// <summary>
/// Prints expressions the way a textbook writes them, with the fewest parentheses the grammar needs:
/// <c>a - b</c>, <c>a/b</c>, <c>-x</c>, <c>1/x</c>, <c>sqrt(x)</c>, <c>3/10</c>. Parsing the output gives back
/// the same expression.
/// </summary>
public static class InfixPrinter
{
    /// <summary>The longest text the printer produces before refusing (printing expands shared nodes): <see cref="SymbolicLimits.MaxPrintLength"/>.</summary>
    public static int MaxLength => SymbolicLimits.Current.MaxPrintLength;

    // Binding strength of what is printed; the grammar's precedence order.
    private const int SumLevel = 1, ProductLevel = 2, PowerLevel = 4, AtomLevel = 5;

    /// <summary>Infix text of <paramref name="expr"/>.</summary>
    /// <example><c>InfixPrinter.Print(Binder.ParseMath("x*x - x*y")) == "x^2 - x*y"</c></example>
    public static string Print(Expr expr) =>
        DeepStack.Run(() =>
        {
            var sb = new StringBuilder();
            Write(expr, sb, 0);
            return sb.ToString();
        }, expr.Depth);

    private static int Level(Expr e) => e switch
    {
        Number { Value: var v } => v.IsInteger && v.Sign >= 0 ? AtomLevel : ProductLevel,
        Power { Exponent: Number { Value: var ev } } when ev == Rational.Half => AtomLevel,
        Power when Layout.IsFraction(e) => ProductLevel,
        Power => PowerLevel,
        Product => ProductLevel,
        Sum => SumLevel,
        _ => AtomLevel,
    };

    private static void Write(Expr e, StringBuilder sb, int required)
    {
        if (sb.Length > MaxLength)
            throw Errors.TooLargeToPrint(MaxLength);
        var parens = Level(e) < required;
        if (parens) sb.Append('(');
        switch (e)
        {
            case Number n: sb.Append(n.Value.ToString()); break;
            case Constant c: sb.Append(c.Name); break;
            case Variable v: sb.Append(v.Name); break;
            case Sum s: WriteSum(s, sb); break;
            case Power { Exponent: Number { Value: var half } } p when half == Rational.Half:
                sb.Append("sqrt(");
                Write(p.Base, sb, 0);
                sb.Append(')');
                break;
            case Power p when !Layout.IsFraction(p):
                Write(p.Base, sb, AtomLevel);
                sb.Append('^');
                Write(p.Exponent, sb, AtomLevel);
                break;
            case Power or Product: WriteFraction(e, sb, negate: false); break;
            case Call call:
                sb.Append(call.Function.Name).Append('(');
                for (var i = 0; i < call.Operands.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(call.Operands[i], sb, 0);
                }
                sb.Append(')');
                break;
        }
        if (parens) sb.Append(')');
    }

    private static void WriteSum(Sum s, StringBuilder sb)
    {
        var first = true;
        foreach (var term in Layout.PrintOrder(s))
        {
            var negative = Layout.IsNegativeTerm(term);
            if (!first) sb.Append(negative ? " - " : " + ");
            else if (negative) sb.Append('-');
            WriteUnsigned(term, sb, negative);
            first = false;
        }
    }

    // Writes |term| when negate is set (the sign was already written), else the term itself.
    private static void WriteUnsigned(Expr term, StringBuilder sb, bool negate)
    {
        if (term is Number n)
        {
            var v = negate ? -n.Value : n.Value;
            sb.Append(ShortDecimal(v.Numerator, v.Denominator) ?? v.ToString());
            return;
        }
        if (!negate) { Write(term, sb, SumLevel + 1); return; }
        WriteFraction(term, sb, negate: true);
    }

    /// <summary>
    /// A coefficient p/q (p ≠ 1) in front of other factors, or a constant term of a sum, whose decimal expansion
    /// is short (q = 2^a·5^b), written as a decimal: <c>0.8*w</c>, <c>x - 0.25</c>. One operation fewer, and still
    /// exact (<c>0.8</c> reads back as 4/5). Lone numbers and unit fractions stay fractions
    /// (<c>3/10</c>, <c>x/2</c>, <c>1/(2*sqrt(x))</c>).
    /// </summary>
    private static string? ShortDecimal(System.Numerics.BigInteger numerator, System.Numerics.BigInteger denominator)
    {
        if (denominator.IsOne) return null;
        var q = denominator;
        var digits = 0;
        while (q % 10 == 0) { q /= 10; digits++; }
        while (q % 2 == 0) { q /= 2; digits++; }
        while (q % 5 == 0) { q /= 5; digits++; }
        // Short means a reader takes it in at a glance: at most 4 decimal places, a numerator below a billion and
        // 8 characters in all (0.0625 yes, 1234.5678 no: that reads better as a fraction).
        const int MaxDecimalPlaces = 4, MaxDecimalLength = 8;
        const long MaxNumerator = 1_000_000_000;
        if (!q.IsOne || digits > MaxDecimalPlaces || System.Numerics.BigInteger.Abs(numerator) > MaxNumerator) return null;
        var text = ((decimal)numerator / (decimal)denominator).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text.Length <= MaxDecimalLength ? text : null;
    }

    private static string? ShortDecimal(Layout.Fraction f) =>
        f.NumeratorCoefficient.IsOne || f.Numerator.Count == 0 ? null
            : ShortDecimal(f.NumeratorCoefficient, f.DenominatorCoefficient);

    private static void WriteFraction(Expr e, StringBuilder sb, bool negate)
    {
        var f = Layout.Split(e);
        if (f.Negative && !negate) sb.Append('-');
        var parts = 0;
        if (ShortDecimal(f) is { } decimalCoefficient)
        {
            // 0.8*w1 rather than 4*w1/5: one operation fewer, and still exact (0.8 reads back as 4/5).
            sb.Append(decimalCoefficient);
            f = f with { NumeratorCoefficient = 1, DenominatorCoefficient = 1 };
            parts++;
        }
        else if (!f.NumeratorCoefficient.IsOne || f.Numerator.Count == 0) { sb.Append(f.NumeratorCoefficient); parts++; }
        foreach (var factor in f.Numerator)
        {
            if (parts++ > 0) sb.Append('*');
            Write(factor, sb, ProductLevel + 1);
        }
        var denominatorParts = f.Denominator.Count + (f.DenominatorCoefficient.IsOne ? 0 : 1);
        if (denominatorParts == 0) return;
        sb.Append('/');
        if (denominatorParts > 1) sb.Append('(');
        var written = 0;
        if (!f.DenominatorCoefficient.IsOne) { sb.Append(f.DenominatorCoefficient); written++; }
        foreach (var factor in f.Denominator)
        {
            if (written++ > 0) sb.Append('*');
            Write(factor, sb, denominatorParts > 1 ? ProductLevel + 1 : PowerLevel);
        }
        if (denominatorParts > 1) sb.Append(')');
    }
}

using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using Symbolic.Numbers;

namespace Symbolic.Printing;

/// <summary>
/// Prints expressions as LaTeX: <c>\frac{..}{..}</c>, <c>\sqrt{..}</c>, <c>\sin</c>, <c>x^{..}</c>, and
/// <c>\cdot</c> only where two factors would otherwise run together (<c>2 x</c>, but <c>3 \cdot 2^{x}</c>).
/// </summary>
public static partial class LatexPrinter
{
    private static readonly Dictionary<string, string> Greek = new[]
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    }.ToDictionary(n => n, n => "\\" + n);

    private static readonly Dictionary<char, string> GreekLetters = new()
    {
        ['α'] = @"\alpha", ['β'] = @"\beta", ['γ'] = @"\gamma", ['δ'] = @"\delta", ['ε'] = @"\epsilon",
        ['ζ'] = @"\zeta", ['η'] = @"\eta", ['θ'] = @"\theta", ['ι'] = @"\iota", ['κ'] = @"\kappa",
        ['λ'] = @"\lambda", ['μ'] = @"\mu", ['ν'] = @"\nu", ['ξ'] = @"\xi", ['π'] = @"\pi", ['ρ'] = @"\rho",
        ['σ'] = @"\sigma", ['τ'] = @"\tau", ['υ'] = @"\upsilon", ['φ'] = @"\phi", ['χ'] = @"\chi",
        ['ψ'] = @"\psi", ['ω'] = @"\omega", ['Δ'] = @"\Delta", ['Σ'] = @"\Sigma", ['Ω'] = @"\Omega",
    };

    /// <summary>LaTeX source of <paramref name="expr"/>.</summary>
    /// <example><c>LatexPrinter.Print(Binder.ParseMath("2*x - y")) == "2 x - y"</c></example>
    public static string Print(Expr expr) =>
        DeepStack.Run(() =>
        {
            var sb = new StringBuilder();
            Write(expr, sb);
            return sb.ToString();
        }, expr.Depth);

    private static void Write(Expr e, StringBuilder sb)
    {
        if (sb.Length > InfixPrinter.MaxLength)
            throw Errors.TooLargeForLatex();
        switch (e)
        {
            case Number n: WriteNumber(n.Value, sb); break;
            case Constant c: sb.Append(c.Name == "pi" ? @"\pi" : c.Name); break;
            case Variable v: sb.Append(Name(v.Name)); break;
            case Sum s:
                var first = true;
                foreach (var term in Layout.PrintOrder(s))
                {
                    var negative = Layout.IsNegativeTerm(term);
                    if (!first) sb.Append(negative ? " - " : " + ");
                    else if (negative) sb.Append('-');
                    if (negative && term is Number tn) WriteNumber(-tn.Value, sb);
                    else if (negative) WriteFraction(term, sb, signWritten: true);
                    else Write(term, sb);
                    first = false;
                }
                break;
            case Power { Exponent: Number { Value: var half } } p when half == Rational.Half:
                sb.Append(@"\sqrt{"); Write(p.Base, sb); sb.Append('}');
                break;
            case Power p when !Layout.IsFraction(p):
                WriteGrouped(p.Base, sb, p.Base is Sum or Product or Power || p.Base is Number { Value: { IsInteger: false } or { Sign: < 0 } });
                sb.Append("^{"); Write(p.Exponent, sb); sb.Append('}');
                break;
            case Power or Product: WriteFraction(e, sb, signWritten: false); break;
            case Call call: WriteCall(call, sb); break;
        }
    }

    private static void WriteNumber(Rational v, StringBuilder sb)
    {
        if (v.IsInteger) { sb.Append(v.ToString()); return; }
        if (v.Sign < 0) sb.Append('-');
        sb.Append(@"\frac{").Append(BigInteger.Abs(v.Numerator)).Append("}{").Append(v.Denominator).Append('}');
    }

    private static void WriteFraction(Expr e, StringBuilder sb, bool signWritten)
    {
        var f = Layout.Split(e);
        if (f.Negative && !signWritten) sb.Append('-');
        var hasDenominator = f.Denominator.Count > 0 || !f.DenominatorCoefficient.IsOne;
        if (hasDenominator) sb.Append(@"\frac{");
        WriteFactors(f.NumeratorCoefficient, f.Numerator, sb);
        if (!hasDenominator) return;
        sb.Append("}{");
        WriteFactors(f.DenominatorCoefficient, f.Denominator, sb);
        sb.Append('}');
    }

    private static void WriteFactors(BigInteger coefficient, List<Expr> factors, StringBuilder sb)
    {
        var any = false;
        if (!coefficient.IsOne || factors.Count == 0) { sb.Append(coefficient); any = true; }
        foreach (var factor in factors)
        {
            var start = sb.Length;
            WriteGrouped(factor, sb, factor is Sum);
            if (any)
            {
                var text = sb.ToString(start, sb.Length - start);
                sb.Insert(start, text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '-') ? @" \cdot " : " ");
            }
            any = true;
        }
    }

    private static void WriteGrouped(Expr e, StringBuilder sb, bool group)
    {
        if (group) sb.Append(@"\left(");
        Write(e, sb);
        if (group) sb.Append(@"\right)");
    }

    private static void WriteCall(Call call, StringBuilder sb)
    {
        if (call.Function.LatexForm is { } form)
        {
            var at = form.IndexOf("$u", StringComparison.Ordinal);
            sb.Append(form, 0, at);
            Write(call.Operands[0], sb);
            sb.Append(form, at + 2, form.Length - at - 2);
            return;
        }
        sb.Append(call.Function.Latex).Append(@"\left(");
        for (var i = 0; i < call.Operands.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(call.Operands[i], sb);
        }
        sb.Append(@"\right)");
    }

    private static string Name(string name)
    {
        var m = NameWithIndex().Match(name);
        var (stem, index) = m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (name, "");
        stem = Greek.TryGetValue(stem, out var g) ? g
            : string.Concat(stem.Select(c => GreekLetters.TryGetValue(c, out var l) ? l + " " : c.ToString())).TrimEnd();
        if (stem.Length > 1 && !stem.StartsWith('\\')) stem = $@"\mathit{{{stem}}}";
        return index.Length > 0 ? $"{stem}_{{{index}}}" : stem;
    }

    [GeneratedRegex(@"^(.+?)_?(\d+)$")]
    private static partial Regex NameWithIndex();
}

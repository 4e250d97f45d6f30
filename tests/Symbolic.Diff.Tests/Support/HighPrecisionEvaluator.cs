using System.Globalization;
using System.Numerics;
using Symbolic.Numbers;

namespace Symbolic.Diff.Tests;

/// <summary>
/// Evaluates an exact expression at a rational point to about <see cref="Digits"/> significant digits, in
/// fixed-point arithmetic over <see cref="BigInteger"/> (a value v is held as round(v·10^Scale)), for checking
/// exact results against another system's 30-digit values. Rational parts are exact until a function is applied;
/// functions use their Taylor series after argument reduction. Written for the tests: Symbolic itself evaluates in
/// doubles, and no arbitrary-precision library with these functions is served here.
/// </summary>
internal static class HighPrecisionEvaluator
{
    /// <summary>Significant digits the result is good to, for values of moderate magnitude (1e-20 to 1e20).</summary>
    public const int Digits = 40;

    private const int Scale = 90;
    private static readonly BigInteger One = BigInteger.Pow(10, Scale);

    /// <summary>The value of <paramref name="e"/> at <paramref name="point"/> (variable name → exact value), as a fixed-point integer over 10^Scale.</summary>
    public static BigInteger Evaluate(Expr e, IReadOnlyDictionary<string, Rational> point)
    {
        var values = new Dictionary<Expr, BigInteger>(ReferenceEqualityComparer.Instance);
        foreach (var node in ExprWalk.TopologicalOrder(e))
        {
            values[node] = node switch
            {
                Number n => FromRational(n.Value),
                Variable v => FromRational(point[v.Name]),
                Constant { Name: "pi" } => Pi(),
                Constant { Name: "e" } => Exp(One),
                Sum => node.Args.Aggregate(BigInteger.Zero, (s, a) => s + values[a]),
                Product => node.Args.Skip(1).Aggregate(values[node.Args[0]], (p, a) => Multiply(p, values[a])),
                Power p => PowerOf(values[p.Base], p.Exponent, values[p.Exponent]),
                Call c => Apply(c.Function.Name, node.Args.Select(a => values[a]).ToArray()),
                _ => throw new NotSupportedException(node.ToString()),
            };
        }
        return values[e];
    }

    /// <summary>The fixed-point value as a decimal string with <paramref name="digits"/> significant digits.</summary>
    public static string ToText(BigInteger value, int digits)
    {
        var text = BigInteger.Abs(value).ToString(CultureInfo.InvariantCulture).PadLeft(Scale + 1, '0');
        var point = text.Length - Scale;
        var all = text.TrimStart('0');
        var exponent = point - (text.Length - all.Length);   // position of the first significant digit
        var mantissa = all.Length > digits ? all[..digits] : all;
        return (value.Sign < 0 ? "-" : "") + "0." + mantissa + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>|a - b| / |b| for fixed-point values, as a double.</summary>
    public static double RelativeDifference(BigInteger a, BigInteger b) =>
        Math.Exp(BigInteger.Log(BigInteger.Abs(a - b) + 1) - BigInteger.Log(BigInteger.Abs(b)));

    /// <summary>A decimal string (such as SymPy prints) as a fixed-point value.</summary>
    public static BigInteger Parse(string text) => FromRational(ParseSigned(text));

    /// <summary>A decimal or fraction with an optional sign: <c>-0.25</c>, <c>3/10</c>, <c>-1/5</c>.</summary>
    public static Rational ParseSigned(string text)
    {
        if (text.StartsWith('-')) return -ParseSigned(text[1..]);
        return text.Split('/') is [var n, var d] ? Rational.Parse(n) / Rational.Parse(d) : Rational.Parse(text);
    }

    private static BigInteger FromRational(Rational r) => Divide(r.Numerator * One, r.Denominator * One);

    private static BigInteger Multiply(BigInteger a, BigInteger b) => RoundedDivide(a * b, One);

    private static BigInteger Divide(BigInteger a, BigInteger b) => RoundedDivide(a * One, b);

    private static BigInteger RoundedDivide(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (BigInteger.Abs(r) * 2 >= BigInteger.Abs(b)) q += (a.Sign * b.Sign);
        return q;
    }

    private static BigInteger PowerOf(BigInteger @base, Expr exponent, BigInteger exponentValue)
    {
        if (exponent is Number { Value: var r } && r.Denominator.IsOne)
        {
            var n = (int)r.Numerator;
            var result = One;
            for (var i = 0; i < Math.Abs(n); i++) result = Multiply(result, @base);
            return n >= 0 ? result : Divide(One, result);
        }
        if (exponent is Number { Value: var half } && half.Denominator == 2)
        {
            var root = Sqrt(@base);
            return PowerOf(root, Expr.Num(new Rational(half.Numerator)), 0);
        }
        return Exp(Multiply(exponentValue, Log(@base)));
    }

    private static BigInteger Apply(string name, BigInteger[] a) => name switch
    {
        "exp" => Exp(a[0]),
        "log" => Log(a[0]),
        "sqrt" => Sqrt(a[0]),
        "sin" => Sin(a[0]),
        "cos" => Cos(a[0]),
        "tan" => Divide(Sin(a[0]), Cos(a[0])),
        "sec" => Divide(One, Cos(a[0])),
        "csc" => Divide(One, Sin(a[0])),
        "cot" => Divide(Cos(a[0]), Sin(a[0])),
        "sinh" => (Exp(a[0]) - Exp(-a[0])) / 2,
        "cosh" => (Exp(a[0]) + Exp(-a[0])) / 2,
        "tanh" => Divide(Exp(2 * a[0]) - One, Exp(2 * a[0]) + One),
        "sigmoid" => Divide(One, One + Exp(-a[0])),
        "atan" => Atan(a[0]),
        _ => throw new NotSupportedException($"no high-precision {name}"),
    };

    // exp(x) = exp(x/2^k)^(2^k), the series summed where |x/2^k| < 1/2.
    private static BigInteger Exp(BigInteger x)
    {
        var halvings = 0;
        while (BigInteger.Abs(x) > One / 2) { x /= 2; halvings++; }
        BigInteger sum = One, term = One;
        for (var n = 1; !term.IsZero; n++)
        {
            term = Multiply(term, x) / n;
            sum += term;
        }
        for (var i = 0; i < halvings; i++) sum = Multiply(sum, sum);
        return sum;
    }

    // log(x) = k·log 2 + 2·atanh((m - 1)/(m + 1)) with x = m·2^k, m in [1, 2).
    private static BigInteger Log(BigInteger x)
    {
        if (x.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(x), "log of a non-positive value");
        var k = 0;
        while (x >= 2 * One) { x /= 2; k++; }
        while (x < One) { x *= 2; k--; }
        return k * Ln2() + 2 * Atanh(Divide(x - One, x + One));
    }

    private static BigInteger Ln2() => 2 * Atanh(Divide(One, 3 * One));

    private static BigInteger Atanh(BigInteger y)
    {
        var y2 = Multiply(y, y);
        BigInteger sum = 0, power = y;
        for (var n = 1; !power.IsZero; n += 2)
        {
            sum += power / n;
            power = Multiply(power, y2);
        }
        return sum;
    }

    // atan(x) = 2·atan(x/(1 + sqrt(1 + x^2))), halving the argument until the series converges fast.
    private static BigInteger Atan(BigInteger x)
    {
        var doublings = 0;
        while (BigInteger.Abs(x) > One / 4)
        {
            x = Divide(x, One + Sqrt(One + Multiply(x, x)));
            doublings++;
        }
        var x2 = Multiply(x, x);
        BigInteger sum = 0, power = x;
        for (var n = 1; !power.IsZero; n += 2)
        {
            sum += (n % 4 == 1 ? power : -power) / n;
            power = Multiply(power, x2);
        }
        return sum << doublings;
    }

    private static BigInteger Pi() => 4 * Atan(One);

    // The series at x reduced into [-pi, pi].
    private static BigInteger Sin(BigInteger x) => SinCos(x, odd: true);

    private static BigInteger Cos(BigInteger x) => SinCos(x, odd: false);

    private static BigInteger SinCos(BigInteger x, bool odd)
    {
        var twoPi = 2 * Pi();
        x -= RoundedDivide(x, twoPi) * twoPi;
        var x2 = Multiply(x, x);
        BigInteger term = odd ? x : One, sum = term;
        for (var n = odd ? 2 : 1; !term.IsZero; n += 2)
        {
            term = -Multiply(term, x2) / (n * (n + 1));
            sum += term;
        }
        return sum;
    }

    private static BigInteger Sqrt(BigInteger x)
    {
        if (x.Sign < 0) throw new ArgumentOutOfRangeException(nameof(x), "sqrt of a negative value");
        var n = x * One;   // sqrt(x·10^S · 10^S) = sqrt(x)·10^S
        if (n.IsZero) return 0;
        // Newton's iteration from above decreases until it reaches floor(sqrt(n)).
        var r = BigInteger.One << (int)(n.GetBitLength() / 2 + 1);
        while (true)
        {
            var next = (r + n / r) / 2;
            if (next >= r) return r;
            r = next;
        }
    }
}

using System.Globalization;
using System.Numerics;

namespace Symbolic.Numbers;

/// <summary>
/// An exact rational number: a BigInteger numerator over a positive denominator, always in lowest terms.
/// Results larger than <see cref="MaxBits"/> bits raise a <see cref="SymbolicException"/> instead of
/// spending minutes on BigInteger arithmetic.
/// </summary>
/// <example><c>Rational.Parse("0.1") + Rational.Parse("0.2") == new Rational(3, 10)</c></example>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    /// <summary>The largest numerator or denominator, in bits, an exact result may have (about 3,000 decimal digits).</summary>
    public static int MaxBits => SymbolicLimits.Current.MaxBits;

    /// <summary>Numerator; carries the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>Denominator; always positive.</summary>
    public BigInteger Denominator => denominatorMinusOne + 1;

    // Stored minus one so that default(Rational) is 0/1.
    private readonly BigInteger denominatorMinusOne;

    /// <summary>Zero.</summary>
    public static readonly Rational Zero = new(0);
    /// <summary>One.</summary>
    public static readonly Rational One = new(1);
    /// <summary>Minus one.</summary>
    public static readonly Rational MinusOne = new(-1);
    /// <summary>One half.</summary>
    public static readonly Rational Half = new(1, 2);

    /// <summary>An integer.</summary>
    public Rational(BigInteger value) : this(value, BigInteger.One, normalized: true) { }

    /// <summary>numerator/denominator, reduced; a zero denominator is an error.</summary>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw Errors.DivisionByZero();
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        CheckSize(numerator, denominator);
        Numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    private Rational(BigInteger numerator, BigInteger denominator, bool normalized)
    {
        _ = normalized;
        Numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    private static void CheckSize(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.GetBitLength() > MaxBits || denominator.GetBitLength() > MaxBits)
            throw Errors.ExactNumberTooLarge(MaxBits);
    }

    /// <summary>True for whole numbers.</summary>
    public bool IsInteger => denominatorMinusOne.IsZero;
    /// <summary>True for 0.</summary>
    public bool IsZero => Numerator.IsZero;
    /// <summary>True for 1.</summary>
    public bool IsOne => Numerator.IsOne && denominatorMinusOne.IsZero;
    /// <summary>-1, 0 or 1.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>
    /// The nearest double, correctly rounded (ties to even) as <c>double.Parse</c> rounds a decimal: subnormals
    /// included, ±∞ only past the largest double, a signed zero below half the smallest subnormal.
    /// </summary>
    public double ToDouble()
    {
        if (IsZero) return 0.0;
        var magnitude = BigInteger.Abs(Numerator);
        var denominator = Denominator;
        // Shift so that the integer quotient has 55 or 56 bits: the 53 kept, a rounding bit, and more below.
        var shift = 55 - (magnitude.GetBitLength() - denominator.GetBitLength());
        var quotient = BigInteger.DivRem(
            shift >= 0 ? magnitude << (int)shift : magnitude,
            shift >= 0 ? denominator : denominator << (int)-shift,
            out var remainder);
        var bits = quotient.GetBitLength();
        var exponent = bits - 1 - shift;                    // floor(log2 |this|)
        double result;
        if (exponent > 1023) result = double.PositiveInfinity;
        else
        {
            // Below the smallest normal exponent a double holds fewer significant bits.
            var kept = exponent >= -1022 ? 53 : 53 - (-1022 - exponent);
            if (kept < 0) result = 0.0;
            else
            {
                var dropped = (int)(bits - kept);
                var mantissa = quotient >> dropped;
                var below = quotient - (mantissa << dropped);
                var half = BigInteger.One << (dropped - 1);
                if (below > half || (below == half && (!remainder.IsZero || !mantissa.IsEven))) mantissa += 1;
                result = Math.ScaleB((double)(long)mantissa, (int)(dropped - shift));
            }
        }
        return Sign < 0 ? -result : result;
    }

    /// <summary>
    /// This number raised to <paramref name="exponent"/> as a double, right even where the base alone is no
    /// double: <c>(10^400)^(1/2)</c> is 1e200, <c>(2e-321)^(1/3)</c> is about 1.26e-107. A negative base takes
    /// the real root for an odd denominator (see <see cref="RealPower"/>); IEEE ±∞ and 0 past the double range.
    /// </summary>
    public double PowToDouble(Rational exponent)
    {
        var value = ToDouble();
        if (IsZero || exponent.IsZero || (double.IsNormal(value) && Math.Abs(value) is > 1e-300 and < 1e300))
            return RealPower.Evaluate(value, exponent);
        // Take out a power of two 2^t so that the rest is an ordinary double; with t a multiple of the
        // exponent's denominator the scale 2^(t*exponent) is an exact power of two.
        var step = exponent.Denominator <= 64 ? (long)exponent.Denominator : 1;
        var log2 = BigInteger.Abs(Numerator).GetBitLength() - Denominator.GetBitLength();
        var t = log2 / step * step;
        var rest = t >= 0 ? new Rational(Numerator, Denominator << (int)t) : new Rational(Numerator << (int)-t, Denominator);
        var scale = new Rational(t) * exponent;
        var whole = BigInteger.Divide(scale.Numerator - (scale.Sign < 0 ? scale.Denominator - 1 : 0), scale.Denominator);
        var fraction = (scale - new Rational(whole)).ToDouble();
        var root = RealPower.Evaluate(rest.ToDouble(), exponent);
        if (fraction != 0) root *= Math.Pow(2, fraction);
        return Math.ScaleB(root, (int)BigInteger.Clamp(whole, -100_000, 100_000));
    }

    /// <summary>Reads a decimal literal exactly: <c>12</c>, <c>3.25</c>, <c>.5</c>, <c>1e-4</c>, <c>2.5E+3</c>.</summary>
    public static Rational Parse(string text)
    {
        var s = text.Trim();
        var exponent = 0;
        var e = s.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                || Math.Abs((long)exponent) > MaxBits)
                throw Errors.LiteralExponentTooLarge(text, MaxBits);
            s = s[..e];
        }
        var dot = s.IndexOf('.');
        var digits = dot < 0 ? s : s[..dot] + s[(dot + 1)..];
        if (dot >= 0) exponent -= s.Length - dot - 1;
        if (digits.Length == 0) digits = "0";
        if (!BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var mantissa))
            throw Errors.NotANumber(text);
        if (mantissa.IsZero) return Zero;
        if (Math.Abs((long)exponent) + digits.Length > MaxBits / 3)
            throw Errors.LiteralTooLarge(text, MaxBits * 3 / 10);
        return exponent >= 0
            ? new Rational(mantissa * BigInteger.Pow(10, exponent))
            : new Rational(mantissa, BigInteger.Pow(10, -exponent));
    }

    /// <summary>Sum.</summary>
    public static Rational operator +(Rational a, Rational b) =>
        a.IsZero ? b : b.IsZero ? a
        : a.denominatorMinusOne.IsZero && b.denominatorMinusOne.IsZero ? Integer(a.Numerator + b.Numerator)
        : a.Denominator == b.Denominator
            ? new Rational(a.Numerator + b.Numerator, a.Denominator)
            : new Rational(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>Difference.</summary>
    public static Rational operator -(Rational a, Rational b) => a + (-b);
    /// <summary>Negation.</summary>
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator, normalized: true);
    /// <summary>Product.</summary>
    public static Rational operator *(Rational a, Rational b) =>
        a.IsOne ? b : b.IsOne ? a
        : a.denominatorMinusOne.IsZero && b.denominatorMinusOne.IsZero ? Integer(a.Numerator * b.Numerator)
        : new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    // Whole numbers need no gcd; only the size check.
    private static Rational Integer(BigInteger value)
    {
        CheckSize(value, BigInteger.One);
        return new Rational(value, BigInteger.One, normalized: true);
    }
    /// <summary>Quotient; dividing by zero is an error.</summary>
    public static Rational operator /(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>Integer power; refuses results over <see cref="MaxBits"/> before computing them.</summary>
    public Rational Pow(BigInteger exponent)
    {
        if (exponent.IsZero) return One;
        if (IsZero)
            return exponent.Sign > 0 ? Zero : throw DivisionByZero(new Rational(exponent));
        if (Numerator.IsOne && Denominator.IsOne) return One;
        if (Numerator == BigInteger.MinusOne && Denominator.IsOne) return exponent.IsEven ? One : MinusOne;
        var bits = Math.Max(BigInteger.Abs(Numerator).GetBitLength(), Denominator.GetBitLength());
        if (BigInteger.Abs(exponent) * Math.Max(1, bits - 1) > MaxBits)
            throw Errors.ExactPowerTooLarge($"{(IsInteger && Sign > 0 ? $"{this}" : $"({this})")}^{exponent}", MaxBits);
        var n = (int)BigInteger.Abs(exponent);
        var num = BigInteger.Pow(Numerator, n);
        var den = BigInteger.Pow(Denominator, n);
        return exponent.Sign > 0 ? new Rational(num, den) : new Rational(den, num);
    }

    /// <summary>The error for 0 raised to a negative <paramref name="exponent"/>: a division when it is -1.</summary>
    internal static SymbolicException DivisionByZero(Rational exponent) =>
        exponent == MinusOne ? Errors.DivisionByZero() : Errors.ZeroToNegativePower();

    /// <summary>The exact root when this number is a perfect k-th power (k ≥ 2), else null.</summary>
    public Rational? ExactRoot(int k)
    {
        if (Sign < 0) return k % 2 == 1 && (-this).ExactRoot(k) is { } r ? -r : null;
        var n = IntegerRoot(Numerator, k);
        var d = IntegerRoot(Denominator, k);
        return n is { } nn && d is { } dd ? new Rational(nn, dd) : null;
    }

    private static BigInteger? IntegerRoot(BigInteger value, int k)
    {
        if (value.IsZero || value.IsOne) return value;
        // Newton's iteration from above, r ← ((k-1)r + value/r^(k-1))/k, decreases to floor(value^(1/k)).
        var root = BigInteger.One << (int)((value.GetBitLength() + k - 1) / k);
        while (true)
        {
            var next = ((k - 1) * root + value / BigInteger.Pow(root, k - 1)) / k;
            if (next >= root) break;
            root = next;
        }
        return BigInteger.Pow(root, k) == value ? root : null;
    }

    /// <summary>Equality of values.</summary>
    public bool Equals(Rational other) => Numerator == other.Numerator && denominatorMinusOne == other.denominatorMinusOne;
    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, denominatorMinusOne);
    /// <summary>Order of values.</summary>
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    /// <summary>Equality.</summary>
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    /// <summary>Inequality.</summary>
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    /// <summary>Less than.</summary>
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    /// <summary>Greater than.</summary>
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    /// <summary>Whole number to rational.</summary>
    public static implicit operator Rational(int value) => new(value);

    /// <summary><c>3</c>, <c>-3/10</c>.</summary>
    public override string ToString() =>
        Denominator.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture)
            : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}

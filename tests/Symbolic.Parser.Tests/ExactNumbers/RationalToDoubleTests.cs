using System.Globalization;
using System.Numerics;
using Symbolic.Numbers;

namespace Symbolic.Parser.Tests.ExactNumbers;

/// <summary>A rational's double is the nearest double (ties to even), subnormals included, ±∞ only past the largest.</summary>
public class RationalToDoubleTests
{
    [Theory]
    [InlineData("5e-303")]
    [InlineData("-9e-307")]
    [InlineData("1e-313")]
    [InlineData("6e-322")]
    [InlineData("2.4703282292062328e-324")]   // just above half the smallest subnormal: rounds up to it
    [InlineData("2.4703282292062327e-324")]   // just below: rounds to 0
    [InlineData("1.7976931348623157e308")]
    [InlineData("1.797693134862315807e308")]  // below the midpoint to the next power of two: still finite
    [InlineData("1.7976931348623159e308")]    // past it: infinity
    [InlineData("0.1")]
    [InlineData("-123456789012345678901234567890")]
    public void DecimalLiteral_IsTheDoubleDoubleParseGives(string text) =>
        AssertSameBits(double.Parse(text, CultureInfo.InvariantCulture), Literal(text).ToDouble());

    private static Rational Literal(string text) => text.StartsWith('-') ? -Rational.Parse(text[1..]) : Rational.Parse(text);

    [Fact]
    public void QuotientsNearTheTopOfTheRange_AreFinite()
    {
        Assert.Equal(1.4285714285714286e302, (new Rational(BigInteger.Pow(10, 303)) / new Rational(7)).ToDouble());
        Assert.Equal(1e302, (Rational.Parse("1e302") + Rational.Half).ToDouble());
        var big = new Rational(BigInteger.Pow(2, 1025), BigInteger.Pow(2, 26) - 1);
        Assert.Equal(5.35754311576495e300, big.ToDouble(), 1e-15 * 5.35754311576495e300);
        Assert.True(double.IsFinite(big.ToDouble()));
    }

    [Fact]
    public void AQuotientWithAHugeDenominator_IsCorrectlyRounded() =>
        Assert.Equal(1.7636684144620714e-297,
            new Rational(123456789012345, 7 * BigInteger.Pow(10, 310)).ToDouble());

    [Fact]
    public void RandomDecimals_OfEveryMagnitude_MatchDoubleParse()
    {
        var random = new Random(16);
        for (var i = 0; i < 20_000; i++)
        {
            var digits = random.Next(1, 40);
            var mantissa = (char)('1' + random.Next(9)) + string.Concat(Enumerable.Range(1, digits).Select(_ => (char)('0' + random.Next(10))));
            var text = $"{(random.Next(2) == 0 ? "-" : "")}{mantissa}e{random.Next(-380, 330)}";
            AssertSameBits(double.Parse(text, CultureInfo.InvariantCulture), Literal(text).ToDouble(), text);
        }
    }

    [Fact]
    public void RandomQuotients_OfEveryMagnitude_AreTheNearestDouble()
    {
        var random = new Random(61);
        for (var i = 0; i < 5_000; i++)
        {
            var numerator = RandomInteger(random, random.Next(1, 1300));
            var denominator = RandomInteger(random, random.Next(1, 1300));
            if (numerator.IsZero || denominator.IsZero) continue;
            var q = new Rational(random.Next(2) == 0 ? numerator : -numerator, denominator);
            AssertNearest(q, q.ToDouble());
        }
    }

    [Fact]
    public void Midpoints_RoundToEven()
    {
        // 1 + 2^-53 lies halfway between 1 and the next double: ties go to the even mantissa, 1.
        var half = new Rational(BigInteger.Pow(2, 53) + 1, BigInteger.Pow(2, 53));
        Assert.Equal(1.0, half.ToDouble());
        var upper = new Rational(BigInteger.Pow(2, 53) + 3, BigInteger.Pow(2, 53));
        Assert.Equal(Math.BitIncrement(Math.BitIncrement(1.0)), upper.ToDouble());
    }

    private static BigInteger RandomInteger(Random random, int bits)
    {
        var bytes = new byte[(bits + 7) / 8 + 1];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        return new BigInteger(bytes) >> (bytes.Length * 8 - 8 - bits);
    }

    // No double lies strictly nearer to q than d (and the sign and infinities are right).
    private static void AssertNearest(Rational q, double d)
    {
        Assert.False(double.IsNaN(d));
        if (double.IsInfinity(d))
        {
            // Past the largest double by at least half an ulp of it (2^970).
            var limit = Exact(double.MaxValue) + (new Rational(BigInteger.Pow(2, 970)));
            Assert.True(q.Sign > 0 ? q.CompareTo(limit) >= 0 : (-q).CompareTo(limit) >= 0, $"{q} became {d}");
            return;
        }
        var error = Distance(q, d);
        foreach (var neighbour in new[] { Math.BitDecrement(d), Math.BitIncrement(d) })
            if (double.IsFinite(neighbour))
                Assert.True(error.CompareTo(Distance(q, neighbour)) <= 0, $"{q} became {d:R}, but {neighbour:R} is nearer");
    }

    private static Rational Distance(Rational q, double d)
    {
        var difference = q - Exact(d);
        return difference.Sign < 0 ? -difference : difference;
    }

    private static Rational Exact(double d)
    {
        if (d == 0) return Rational.Zero;
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        var power = exponent - 1075;
        var value = power >= 0 ? new Rational(new BigInteger(mantissa) << power) : new Rational(mantissa, BigInteger.One << -power);
        return d < 0 ? -value : value;
    }

    private static void AssertSameBits(double expected, double actual, string? because = null) =>
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
            $"{because}: expected {expected:R}, got {actual:R}");
}

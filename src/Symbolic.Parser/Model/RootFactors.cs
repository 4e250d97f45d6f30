using System.Numerics;
using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// Pulls perfect powers out of a root: 8 = 2^2·2, so 8^(1/2) is 2·2^(1/2), printed <c>2*sqrt(2)</c>. Only the
/// primes below 1,000 are tried, so a huge number costs a few hundred divisions and keeps the factors it hides.
/// </summary>
internal static class RootFactors
{
    private static readonly int[] SmallPrimes = Enumerable.Range(2, 998).Where(IsPrime).ToArray();

    /// <summary>
    /// <paramref name="value"/> as outside^<paramref name="degree"/> · inside with outside &gt; 1, or null when no
    /// small prime appears <paramref name="degree"/> times. The sign stays inside.
    /// </summary>
    public static (Rational Outside, Rational Inside)? Split(Rational value, int degree)
    {
        var (numeratorOut, numeratorIn) = Split(BigInteger.Abs(value.Numerator), degree);
        var (denominatorOut, denominatorIn) = Split(value.Denominator, degree);
        if (numeratorOut.IsOne && denominatorOut.IsOne) return null;
        return (new Rational(numeratorOut, denominatorOut), new Rational(value.Sign * numeratorIn, denominatorIn));
    }

    private static (BigInteger Outside, BigInteger Inside) Split(BigInteger n, int degree)
    {
        var outside = BigInteger.One;
        foreach (var prime in SmallPrimes)
        {
            if (n < BigInteger.Pow(prime, degree)) break;
            var power = BigInteger.Pow(prime, degree);
            while (n % power == 0)
            {
                n /= power;
                outside *= prime;
            }
        }
        return (outside, n);
    }

    private static bool IsPrime(int n)
    {
        for (var d = 2; d * d <= n; d++)
            if (n % d == 0) return false;
        return true;
    }
}

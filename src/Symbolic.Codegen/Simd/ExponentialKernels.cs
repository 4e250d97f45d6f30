using System.Runtime.CompilerServices;

namespace Symbolic.Codegen.Simd;

/// <summary>e^x - 1 and log(1 + x), accurate near zero: the building blocks of the hyperbolic and activation kernels.</summary>
internal static partial class VectorKernels
{
    private const double Ln2Hi = 6.93147180369123816490e-01; // ln 2 with trailing zero bits: k × Ln2Hi is exact
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;

    /// <summary>
    /// e^x - 1 without the cancellation of <c>exp(x) - 1</c> near 0. With x = k·ln2 + r, |r| ≤ ln2/2, and
    /// p = e^r - 1 from its Taylor series (degree 13: the remainder is below 0.2 ulp), the result is
    /// 2^k·p + (2^k - 1), in which 2^k - 1 is exact for the k where it matters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T Expm1<T>(T x) where T : struct, ISimdLanes<T>
    {
        // Below -60 the result is -1 to the last bit; above the overflow threshold it is +∞ (2^1024 overflows).
        var clamped = T.Min(T.Max(x, T.Create(-60.0)), T.Create(709.8));
        var k = T.Round(clamped * T.Create(InvLn2));
        var r = T.FusedMultiplyAdd(k, T.Create(-Ln2Hi), clamped);
        r = T.FusedMultiplyAdd(k, T.Create(-Ln2Lo), r);
        var q = T.Create(1.0 / 6227020800.0); // 1/13!
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 479001600.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 39916800.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 3628800.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 362880.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 40320.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 5040.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 720.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 120.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 24.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(1.0 / 6.0));
        q = T.FusedMultiplyAdd(q, r, T.Create(0.5));
        var p = T.FusedMultiplyAdd(r * r, q, r);
        // 2^k as 2 × 2^(k-1), so that k = 1024 (just below the overflow threshold) is representable.
        var half = T.PowerOfTwo(k - T.Create(1.0));
        var scale = half + half;
        var near = T.FusedMultiplyAdd(scale, p, scale - T.Create(1.0));
        var far = half * (T.Create(1.0) + p) * T.Create(2.0);
        var result = T.Select(T.GreaterThan(k, T.Create(53.0)), far, near);
        return T.Select(T.IsNaN(x), x, result);
    }

    /// <summary>
    /// log(1 + x) accurate for small x (Goldberg): with u = 1 + x rounded, log(u)·x/(u - 1) cancels the rounding
    /// of u. The same formula as the scalar <see cref="SymbolicMath.Softplus"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T Log1P<T>(T x) where T : struct, ISimdLanes<T>
    {
        var one = T.Create(1.0);
        var u = x + one;
        var result = T.Select(T.Equal(u, one), x, T.Log(u) * (x / (u - one)));
        return T.Select(T.Equal(x, T.Create(double.PositiveInfinity)), x, result);
    }
}

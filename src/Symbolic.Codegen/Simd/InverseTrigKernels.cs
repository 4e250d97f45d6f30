namespace Symbolic.Codegen.Simd;

/// <summary>atan (Cephes' reduction and rational approximation), asin and acos through it, atan2 with its quadrants.</summary>
internal static partial class VectorKernels
{
    private const double TanThreePiOverEight = 2.41421356237309504880;
    private const double PiOverTwo = 1.57079632679489661923;
    private const double PiOverFour = 7.85398163397448309616E-1;
    private const double SmallestNormal = 2.2250738585072014E-308;
    private const double MoreBits = 6.123233995736765886130E-17; // π/2 - PiOverTwo

    /// <summary>
    /// atan x on |x| reduced to [0, 0.66] (|x| &gt; tan 3π/8: π/2 + atan(-1/|x|); |x| &gt; 0.66:
    /// π/4 + atan((|x| - 1)/(|x| + 1))), then x + x³P(x²)/Q(x²) of degree 4/5 (Cephes), sign restored.
    /// </summary>
    public static T Atan<T>(T x) where T : struct, ISimdLanes<T>
    {
        var a = T.Abs(x);
        var one = T.Create(1.0);
        var large = T.GreaterThan(a, T.Create(TanThreePiOverEight));
        var middle = T.GreaterThan(a, T.Create(0.66));
        var reduced = T.Select(large, -one / a, T.Select(middle, (a - one) / (a + one), a));
        var offset = T.Select(large, T.Create(PiOverTwo), T.Select(middle, T.Create(PiOverFour), T.Create(0.0)));
        var extra = T.Select(large, T.Create(MoreBits), T.Select(middle, T.Create(0.5 * MoreBits), T.Create(0.0)));
        var z = reduced * reduced;
        var p = T.FusedMultiplyAdd(T.Create(-8.750608600031904122785E-1), z, T.Create(-1.615753718733365076637E1));
        p = T.FusedMultiplyAdd(p, z, T.Create(-7.500855792314704667340E1));
        p = T.FusedMultiplyAdd(p, z, T.Create(-1.228866684490136173410E2));
        p = T.FusedMultiplyAdd(p, z, T.Create(-6.485021904942025371773E1));
        var q = z + T.Create(2.485846490142306297962E1);
        q = T.FusedMultiplyAdd(q, z, T.Create(1.650270098316988542046E2));
        q = T.FusedMultiplyAdd(q, z, T.Create(4.328810604912902668951E2));
        q = T.FusedMultiplyAdd(q, z, T.Create(4.853903996359136964868E2));
        q = T.FusedMultiplyAdd(q, z, T.Create(1.945506571482613964425E2));
        var tail = T.FusedMultiplyAdd(reduced, z * p / q, reduced) + extra;
        return T.CopySign(offset + tail, x);
    }

    /// <summary>asin x = atan(x/sqrt((1 - x)(1 + x))); 1 - x is exact near 1, so the edge keeps its digits.</summary>
    public static T Asin<T>(T x) where T : struct, ISimdLanes<T>
    {
        var one = T.Create(1.0);
        return Atan(x / T.Sqrt((one - x) * (one + x)));
    }

    /// <summary>acos x = 2·atan(sqrt((1 - x)/(1 + x))); exact differences near both ends of [-1, 1].</summary>
    public static T Acos<T>(T x) where T : struct, ISimdLanes<T>
    {
        var one = T.Create(1.0);
        var half = Atan(T.Sqrt((one - x) / (one + x)));
        return half + half;
    }

    /// <summary>
    /// atan2(y, x) = atan(y/x), plus ±π (the sign of y) when x &lt; 0. Lanes where the quotient cannot carry the
    /// answer (a zero, an infinity or a NaN among the arguments, or y/x outside the normal range) take
    /// <see cref="Math.Atan2"/> itself, which settles the signed zeros and infinities IEEE defines.
    /// </summary>
    public static T Atan2<T>(T y, T x) where T : struct, ISimdLanes<T>
    {
        var quotient = y / x;
        var turn = T.CopySign(T.Create(Math.PI), y) & T.LessThan(x, T.Create(0.0));
        var result = Atan(quotient) + turn;
        var q = T.Abs(quotient);
        // A zero, an infinity or a NaN among the arguments always puts y/x outside the normal range, or makes it NaN.
        var special = ~(T.GreaterThanOrEqual(q, T.Create(SmallestNormal)) & T.LessThanOrEqual(q, T.Create(double.MaxValue)));
        return T.Any(special) ? T.Select(special, Lanewise(y, x, Math.Atan2), result) : result;
    }
}

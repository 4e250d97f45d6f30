using System.Runtime.CompilerServices;

namespace Symbolic.Codegen.Simd;

/// <summary>sinh, cosh and tanh from <see cref="Expm1{T}"/> and exp, without overflow below the true overflow threshold.</summary>
internal static partial class VectorKernels
{
    // Above this |x|, e^|x| overflows although sinh and cosh (≈ e^|x|/2) do not: they are computed as
    // e^(|x| - 1)·(e/2), where |x| - 1 is exact and e/2 is carried in two parts, so only exp's own error remains.
    private const double HalfExpRange = 709.0;
    private const double HalfEHi = 1.3591409142295225;
    private const double HalfELo = 7.228234458646251e-17;

    private static T TimesHalfE<T>(T x) where T : struct, ISimdLanes<T> =>
        T.FusedMultiplyAdd(x, T.Create(HalfEHi), x * T.Create(HalfELo));

    /// <summary>sinh x = (E + E/(E + 1))/2 with E = e^|x| - 1: no cancellation near 0, and exact for tiny x.</summary>
    public static T Sinh<T>(T x) where T : struct, ISimdLanes<T>
    {
        var a = T.Abs(x);
        var large = T.GreaterThan(a, T.Create(HalfExpRange));
        var e = Expm1(T.Select(large, a - T.Create(1.0), a));
        var near = T.Create(0.5) * (e + e / (e + T.Create(1.0)));
        return T.CopySign(T.Select(large, TimesHalfE(e), near), x);
    }

    /// <summary>cosh x = (e^|x| + e^-|x|)/2: a sum of positives, so no cancellation.</summary>
    public static T Cosh<T>(T x) where T : struct, ISimdLanes<T>
    {
        var a = T.Abs(x);
        var large = T.GreaterThan(a, T.Create(HalfExpRange));
        var e = T.Exp(T.Select(large, a - T.Create(1.0), a));
        return T.Select(large, TimesHalfE(e), T.Create(0.5) * e + T.Create(0.5) / e);
    }

    /// <summary>
    /// tanh x = E/(E + 2) with E = e^(2|x|) - 1, sign restored: accurate near 0 (E ≈ 2|x|) and 1 to the last bit
    /// beyond |x| = 22, where |x| is clamped so that E stays finite.
    /// </summary>
    public static T Tanh<T>(T x) where T : struct, ISimdLanes<T>
    {
        var a = T.Min(T.Abs(x), T.Create(22.0));
        var e = Expm1(a + a);
        return T.CopySign(e / (e + T.Create(2.0)), x);
    }
}

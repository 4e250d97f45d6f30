namespace Symbolic.Codegen.Simd;

/// <summary>cbrt, log10 and pow.</summary>
internal static partial class VectorKernels
{
    private const double InvLn10Hi = 0.4342944819032518;   // 1/ln 10 rounded
    private const double InvLn10Lo = 1.098319650216765e-17; // 1/ln 10 - InvLn10Hi

    /// <summary>
    /// cbrt x: t = e^(log|x|/3), good to about 1e-13 relative, then one Newton step t - (t - |x|/t²)/3, which
    /// squares the error; sign restored. t² neither overflows nor underflows for any finite x. 0, ±∞ and NaN are
    /// their own cube roots.
    /// </summary>
    public static T Cbrt<T>(T x) where T : struct, ISimdLanes<T>
    {
        var a = T.Abs(x);
        var t = T.Exp(T.Log(a) * T.Create(1.0 / 3.0));
        t -= (t - a / (t * t)) * T.Create(1.0 / 3.0);
        var own = T.Equal(a, T.Create(0.0)) | T.Equal(a, T.Create(double.PositiveInfinity)) | T.IsNaN(x);
        return T.Select(own, x, T.CopySign(t, x));
    }

    /// <summary>log10 x = log x · (1/ln 10), the constant carried in two parts.</summary>
    public static T Log10<T>(T x) where T : struct, ISimdLanes<T>
    {
        var log = T.Log(x);
        return T.FusedMultiplyAdd(log, T.Create(InvLn10Hi), log * T.Create(InvLn10Lo));
    }

    /// <summary>
    /// x^y lane by lane through <see cref="Math.Pow"/>: exact, without a vector speed-up. Integer and ±1/2 powers
    /// never get here (the compiler writes them as multiplications and square roots).
    /// </summary>
    public static T Pow<T>(T x, T y) where T : struct, ISimdLanes<T> => Lanewise(x, y, Math.Pow);
}

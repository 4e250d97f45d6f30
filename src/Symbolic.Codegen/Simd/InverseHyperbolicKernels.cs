namespace Symbolic.Codegen.Simd;

/// <summary>asinh, acosh and atanh, each as one <see cref="Log1P{T}"/> of an argument formed without cancellation (fdlibm's forms).</summary>
internal static partial class VectorKernels
{
    private const double Ln2 = 0.693147180559945309417232121458;
    private const double Huge = 268435456.0; // 2^28: beyond it x² ± 1 = x² and the forms simplify to log(2x)

    /// <summary>asinh x = log1p(|x| + x²/(1 + sqrt(1 + x²))), sign restored; log|x| + log 2 for large |x|.</summary>
    public static T Asinh<T>(T x) where T : struct, ISimdLanes<T>
    {
        var a = T.Abs(x);
        var one = T.Create(1.0);
        var square = a * a;
        var moderate = a + square / (one + T.Sqrt(one + square));
        var huge = T.GreaterThan(a, T.Create(Huge));
        // log1p(|x| - 1) is log|x|: one logarithm serves both ranges.
        var argument = T.Select(huge, a - one, moderate);
        return T.CopySign(Log1P(argument) + (huge & T.Create(Ln2)), x);
    }

    /// <summary>acosh x = log1p(t + sqrt(t(t + 2))) with t = x - 1 (exact near 1); log(x) + log 2 for large x; NaN below 1.</summary>
    public static T Acosh<T>(T x) where T : struct, ISimdLanes<T>
    {
        var t = x - T.Create(1.0);
        var huge = T.GreaterThan(x, T.Create(Huge));
        var argument = T.Select(huge, t, t + T.Sqrt(t * (t + T.Create(2.0))));
        var result = Log1P(argument) + (huge & T.Create(Ln2));
        return T.Select(T.LessThan(x, T.Create(1.0)), T.Create(double.NaN), result);
    }

    /// <summary>atanh x = log1p(2|x|/(1 - |x|))/2, sign restored, with the argument split below 1/2 to keep its last bits.</summary>
    public static T Atanh<T>(T x) where T : struct, ISimdLanes<T>
    {
        var a = T.Abs(x);
        var twice = a + a;
        var rest = T.Create(1.0) - a;
        var argument = T.Select(T.LessThan(a, T.Create(0.5)), twice + twice * a / rest, twice / rest);
        return T.CopySign(T.Create(0.5) * Log1P(argument), x);
    }
}

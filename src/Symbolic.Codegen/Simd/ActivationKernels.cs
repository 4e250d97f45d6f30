namespace Symbolic.Codegen.Simd;

/// <summary>
/// sigmoid, softplus, relu, step and sign in the same stable forms as their scalar versions in
/// <see cref="SymbolicMath"/>, so that the two agree to the ulps of exp and log.
/// </summary>
internal static partial class VectorKernels
{
    /// <summary>1/(1 + e^-x) for x ≥ 0, e^x/(1 + e^x) below: e^-|x| never overflows.</summary>
    public static T Sigmoid<T>(T x) where T : struct, ISimdLanes<T>
    {
        var one = T.Create(1.0);
        var t = T.Exp(-T.Abs(x));
        return T.Select(T.GreaterThanOrEqual(x, T.Create(0.0)), one / (one + t), t / (one + t));
    }

    /// <summary>max(x, 0) + log1p(e^-|x|).</summary>
    public static T Softplus<T>(T x) where T : struct, ISimdLanes<T> =>
        T.Max(x, T.Create(0.0)) + Log1P(T.Exp(-T.Abs(x)));

    /// <summary>x where x &gt; 0, NaN where x is NaN, +0 elsewhere.</summary>
    public static T Relu<T>(T x) where T : struct, ISimdLanes<T> =>
        T.Select(T.GreaterThan(x, T.Create(0.0)) | T.IsNaN(x), x, T.Create(0.0));

    /// <summary>1 where x ≥ 0, NaN where x is NaN, 0 elsewhere.</summary>
    public static T Step<T>(T x) where T : struct, ISimdLanes<T> =>
        T.Select(T.IsNaN(x), x, T.GreaterThanOrEqual(x, T.Create(0.0)) & T.Create(1.0));

    /// <summary>-1, 0 or 1 (+0 for ±0), NaN for NaN.</summary>
    public static T Sign<T>(T x) where T : struct, ISimdLanes<T>
    {
        var zero = T.Create(0.0);
        var magnitude = T.Select(T.Equal(x, zero), zero, T.Create(1.0));
        return T.Select(T.IsNaN(x), x, T.CopySign(magnitude, x) + zero);
    }
}

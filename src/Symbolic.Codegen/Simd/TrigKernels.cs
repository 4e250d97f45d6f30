using System.Runtime.CompilerServices;

namespace Symbolic.Codegen.Simd;

/// <summary>sin and cos together (the fused pair of the function table), and tan, sec, csc and cot from one vector sin/cos pair.</summary>
internal static partial class VectorKernels
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T Sin, T Cos) SinCos<T>(T x) where T : struct, ISimdLanes<T> => T.SinCos(x);

    public static T Tan<T>(T x) where T : struct, ISimdLanes<T>
    {
        var (sin, cos) = T.SinCos(x);
        return sin / cos;
    }

    public static T Sec<T>(T x) where T : struct, ISimdLanes<T> => T.Create(1.0) / T.Cos(x);

    public static T Csc<T>(T x) where T : struct, ISimdLanes<T> => T.Create(1.0) / T.Sin(x);

    public static T Cot<T>(T x) where T : struct, ISimdLanes<T>
    {
        var (sin, cos) = T.SinCos(x);
        return cos / sin;
    }
}

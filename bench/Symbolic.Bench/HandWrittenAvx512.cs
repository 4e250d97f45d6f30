using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Symbolic.Bench;

/// <summary>
/// Value and gradient over row-major (x, y) points, written by hand with <see cref="Vector512{T}"/> as an expert
/// would: 8 points per step, the coordinates split from two loads by two permutes and the gradient interleaved back
/// the same way, .NET's vector exp/sin/cos, tanh as 1 - 2/(e^(2z) + 1), a scalar loop for the last points. The
/// baselines of the SIMD batch benchmarks (AVX-512 only).
/// </summary>
public static class HandWrittenAvx512
{
    private static readonly Vector512<long> Even = Vector512.Create(0L, 2, 4, 6, 8, 10, 12, 14);
    private static readonly Vector512<long> Odd = Vector512.Create(1L, 3, 5, 7, 9, 11, 13, 15);
    private static readonly Vector512<long> LowPairs = Vector512.Create(0L, 8, 1, 9, 2, 10, 3, 11);
    private static readonly Vector512<long> HighPairs = Vector512.Create(4L, 12, 5, 13, 6, 14, 7, 15);

    /// <summary>f = 100(y - x²)² + (1 - x)², ∂f/∂x = -400x(y - x²) - 2(1 - x), ∂f/∂y = 200(y - x²).</summary>
    public static void Rosenbrock2(double[] points, double[] values, double[] gradients)
    {
        ref var p = ref MemoryMarshal.GetArrayDataReference(points);
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        ref var g = ref MemoryMarshal.GetArrayDataReference(gradients);
        var n = values.Length;
        var i = 0;
        for (; i + 8 <= n; i += 8)
        {
            var (x, y) = Load(ref p, i);
            var d = y - x * x;
            var u = Vector512<double>.One - x;
            (100 * d * d + u * u).StoreUnsafe(ref v, (nuint)i);
            Store(ref g, i, -400 * x * d - 2 * u, 200 * d);
        }
        for (; i < n; i++)
        {
            double x = points[2 * i], y = points[2 * i + 1];
            double d = y - x * x, u = 1 - x;
            values[i] = 100 * d * d + u * u;
            gradients[2 * i] = -400 * x * d - 2 * u;
            gradients[2 * i + 1] = 200 * d;
        }
    }

    /// <summary>f = sin x·e^y + tanh(xy), ∂f/∂x = cos x·e^y + y(1 - tanh²), ∂f/∂y = sin x·e^y + x(1 - tanh²).</summary>
    public static void SinExpTanh(double[] points, double[] values, double[] gradients)
    {
        ref var p = ref MemoryMarshal.GetArrayDataReference(points);
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        ref var g = ref MemoryMarshal.GetArrayDataReference(gradients);
        var n = values.Length;
        var i = 0;
        var one = Vector512<double>.One;
        for (; i + 8 <= n; i += 8)
        {
            var (x, y) = Load(ref p, i);
            var (sin, cos) = Vector512.SinCos(x);
            var e = Vector512.Exp(y);
            var xy = x * y;
            var t = one - Vector512.Create(2.0) / (Vector512.Exp(xy + xy) + one);
            var s = one - t * t;
            var sinE = sin * e;
            (sinE + t).StoreUnsafe(ref v, (nuint)i);
            Store(ref g, i, cos * e + y * s, sinE + x * s);
        }
        for (; i < n; i++)
        {
            double x = points[2 * i], y = points[2 * i + 1];
            var (sin, cos) = Math.SinCos(x);
            var e = Math.Exp(y);
            var t = Math.Tanh(x * y);
            var s = 1 - t * t;
            values[i] = sin * e + t;
            gradients[2 * i] = cos * e + y * s;
            gradients[2 * i + 1] = sin * e + x * s;
        }
    }

    private static (Vector512<double> X, Vector512<double> Y) Load(ref double points, int i)
    {
        var a = Vector512.LoadUnsafe(ref points, (nuint)(2 * i));
        var b = Vector512.LoadUnsafe(ref points, (nuint)(2 * i + 8));
        return (Avx512F.PermuteVar8x64x2(a, Even, b), Avx512F.PermuteVar8x64x2(a, Odd, b));
    }

    private static void Store(ref double gradients, int i, Vector512<double> dx, Vector512<double> dy)
    {
        Avx512F.PermuteVar8x64x2(dx, LowPairs, dy).StoreUnsafe(ref gradients, (nuint)(2 * i));
        Avx512F.PermuteVar8x64x2(dx, HighPairs, dy).StoreUnsafe(ref gradients, (nuint)(2 * i + 8));
    }
}

using System.Runtime.CompilerServices;

namespace Symbolic.Bench;

/// <summary>
/// The benchmark formulas written by hand in C#: the baselines. Each formula is inlined into its caller
/// (<see cref="MethodImplOptions.AggressiveInlining"/>), so a lambda that forwards to it is the formula itself, as a
/// compiled delegate is; left to itself the JIT turns such a lambda into a jump to the formula, one hop more.
/// </summary>
public static class HandWritten
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Rosenbrock2(double[] p)
    {
        double x = p[0], y = p[1];
        var a = 1 - x;
        var b = y - x * x;
        return a * a + 100 * b * b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Rosenbrock(double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length - 1; i++)
        {
            var b = x[i + 1] - x[i] * x[i];
            var a = 1 - x[i];
            sum += 100 * b * b + a * a;
        }
        return sum;
    }

    /// <summary>(tanh(0.8 w1 + b1) v1 + tanh(0.8 w2 + b2) v2 - 0.25)², variables in natural order b1, b2, v1, v2, w1, w2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NetworkLoss(double[] p)
    {
        double b1 = p[0], b2 = p[1], v1 = p[2], v2 = p[3], w1 = p[4], w2 = p[5];
        var e = Math.Tanh(w1 * 0.8 + b1) * v1 + Math.Tanh(w2 * 0.8 + b2) * v2 - 0.25;
        return e * e;
    }

    private static readonly double InverseSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

    public static double GaussPdf(double[] p) => Math.Exp(-p[0] * p[0] / 2) * InverseSqrtTwoPi;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Rosenbrock2(double[] p, double[] g)
    {
        double x = p[0], y = p[1];
        var a = 1 - x;
        var b = y - x * x;
        g[0] = -2 * a - 400 * x * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    }

    /// <summary>The term at i hands its ∂/∂x[i+1] on in a register, so each g[i] is written once, never read back.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Rosenbrock(double[] x, double[] g)
    {
        var sum = 0.0;
        var carry = 0.0;
        var n = x.Length - 1;
        for (var i = 0; i < n; i++)
        {
            var b = x[i + 1] - x[i] * x[i];
            var a = 1 - x[i];
            sum += 100 * b * b + a * a;
            g[i] = carry - 400 * x[i] * b - 2 * a;
            carry = 200 * b;
        }
        g[n] = carry;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NetworkLoss(double[] p, double[] g)
    {
        double b1 = p[0], b2 = p[1], v1 = p[2], v2 = p[3], w1 = p[4], w2 = p[5];
        double t1 = Math.Tanh(w1 * 0.8 + b1), t2 = Math.Tanh(w2 * 0.8 + b2);
        var e = t1 * v1 + t2 * v2 - 0.25;
        var de = 2 * e;
        var d1 = de * v1 * (1 - t1 * t1);
        var d2 = de * v2 * (1 - t2 * t2);
        g[0] = d1;
        g[1] = d2;
        g[2] = de * t1;
        g[3] = de * t2;
        g[4] = 0.8 * d1;
        g[5] = 0.8 * d2;
        return e * e;
    }

    public static double GaussPdf(double[] p, double[] g)
    {
        var f = Math.Exp(-p[0] * p[0] / 2) * InverseSqrtTwoPi;
        g[0] = -p[0] * f;
        return f;
    }

    /// <summary>sin(x0)*exp(x1) + … + sin(x[n-1])*exp(x[n]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SinExpSum(double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length - 1; i++) sum += Math.Sin(x[i]) * Math.Exp(x[i + 1]);
        return sum;
    }

    /// <summary>One SinCos and one Exp per index: the term at i hands sin(x[i])·exp(x[i+1]) on as ∂/∂x[i+1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SinExpSum(double[] x, double[] g)
    {
        var sum = 0.0;
        var carry = 0.0;
        var (s, c) = Math.SinCos(x[0]);
        var n = x.Length - 1;
        for (var i = 0; i < n; i++)
        {
            var e = Math.Exp(x[i + 1]);
            var t = s * e;
            sum += t;
            g[i] = carry + c * e;
            carry = t;
            (s, c) = Math.SinCos(x[i + 1]);
        }
        g[n] = carry;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NestedSin(double[] x, int depth)
    {
        var v = x[0];
        for (var k = 0; k < depth; k++) v = Math.Sin(v);
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NestedSin(double[] x, double[] g, int depth)
    {
        double v = x[0], d = 1;
        for (var k = 0; k < depth; k++)
        {
            var (s, c) = Math.SinCos(v);
            d *= c;
            v = s;
        }
        g[0] = d;
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Product(double[] x)
    {
        var p = 1.0;
        for (var i = 0; i < x.Length; i++) p *= x[i];
        return p;
    }

    /// <summary>∂/∂x[i] is the product before x[i] times the product after it: a forward and a backward sweep.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Product(double[] x, double[] g)
    {
        var before = 1.0;
        for (var i = 0; i < x.Length; i++)
        {
            g[i] = before;
            before *= x[i];
        }
        var after = 1.0;
        for (var i = x.Length - 1; i >= 0; i--)
        {
            g[i] *= after;
            after *= x[i];
        }
        return before;
    }

    public static void Rosenbrock2Batch(double[] points, double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            double x = points[2 * i], y = points[2 * i + 1];
            var a = 1 - x;
            var b = y - x * x;
            values[i] = a * a + 100 * b * b;
        }
    }
}

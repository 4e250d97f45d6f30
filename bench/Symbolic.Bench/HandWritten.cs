namespace Symbolic.Bench;

/// <summary>The benchmark formulas written by hand in C#: the baselines.</summary>
public static class HandWritten
{
    public static double Rosenbrock2(double[] p)
    {
        double x = p[0], y = p[1];
        var a = 1 - x;
        var b = y - x * x;
        return a * a + 100 * b * b;
    }

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
    public static double NetworkLoss(double[] p)
    {
        double b1 = p[0], b2 = p[1], v1 = p[2], v2 = p[3], w1 = p[4], w2 = p[5];
        var e = Math.Tanh(w1 * 0.8 + b1) * v1 + Math.Tanh(w2 * 0.8 + b2) * v2 - 0.25;
        return e * e;
    }

    private static readonly double InverseSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

    public static double GaussPdf(double[] p) => Math.Exp(-p[0] * p[0] / 2) * InverseSqrtTwoPi;

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

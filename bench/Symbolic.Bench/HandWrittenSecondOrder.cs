namespace Symbolic.Bench;

/// <summary>Second-order baselines by hand: Rosenbrock's Hessian in CSR, its Hessian-vector product, Bratu's Jacobian.</summary>
public static class HandWrittenSecondOrder
{
    /// <summary>The 3n − 2 entries of Rosenbrock's tridiagonal Hessian, row-major, columns ascending.</summary>
    public static void RosenbrockHessianCsr(double[] x, double[] values)
    {
        var n = x.Length;
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0) values[k++] = -400 * x[i - 1];
            var diagonal = i > 0 ? 200.0 : 0.0;
            if (i < n - 1) diagonal += 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
            values[k++] = diagonal;
            if (i < n - 1) values[k++] = -400 * x[i];
        }
    }

    /// <summary>∇²f·v for Rosenbrock, from the same three diagonals.</summary>
    public static void RosenbrockHessianVector(double[] x, double[] v, double[] result)
    {
        var n = x.Length;
        for (var i = 0; i < n; i++)
        {
            var diagonal = i > 0 ? 200.0 : 0.0;
            if (i < n - 1) diagonal += 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
            var s = diagonal * v[i];
            if (i > 0) s += -400 * x[i - 1] * v[i - 1];
            if (i < n - 1) s += -400 * x[i] * v[i + 1];
            result[i] = s;
        }
    }

    /// <summary>The 3n − 2 entries of the Jacobian of x[i-1] − 2x[i] + x[i+1] + c·exp(x[i]), row-major.</summary>
    public static void BratuJacobianCsr(double[] x, double c, double[] values)
    {
        var n = x.Length;
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0) values[k++] = 1;
            values[k++] = -2 + c * Math.Exp(x[i]);
            if (i < n - 1) values[k++] = 1;
        }
    }
}

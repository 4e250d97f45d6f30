namespace Symbolic.Properties.Tests.Oracles;

/// <summary>
/// The textbook numerical derivative with an honest error bound.
/// <para>
/// D(h) = (f(x + h·u) − f(x − h·u)) / (2h) estimates ∇f·u. Its truncation error is h²·f‴/6 + O(h⁴), so
/// D(2h) − D(h) ≈ 3·(D(h) − f′): the truncation error is estimated from the data by
/// |D(h) − D(2h)| / 3, and the tolerance allows twice the measured difference (6× the estimate, for
/// the O(h⁴) terms). Rounding: each f value is off by at most ε (a first-order running error bound,
/// <see cref="DualEvaluator.RoundingBound"/>), so D(h) is off by at most ε/h; 4× that is allowed.
/// The symbolic side is allowed 4× its own rounding bound. Nothing else: no absolute floor.
/// </para>
/// The step is the caller's (1e-5·max(1, |xᵢ|), near cbrt(machine epsilon)); the denominator uses the
/// representable points actually evaluated, not 2h.
/// </summary>
public static class CentralDifference
{
    /// <summary>The estimate D(h) and the tolerance for comparing a derivative computed with rounding bound <paramref name="exactSideBound"/>.</summary>
    public static (double Estimate, double Tolerance) Along(
        Func<double[], double> f, Func<double[], double> roundingBound, double[] x, double[] direction, double h,
        double exactSideBound)
    {
        var (d1, e1) = Difference(f, roundingBound, x, direction, h);
        var (d2, e2) = Difference(f, roundingBound, x, direction, 2 * h);
        var tolerance = 2 * Math.Abs(d1 - d2) + 4 * Math.Max(e1, e2) + 4 * exactSideBound;
        return (d1, tolerance);
    }

    private static (double D, double Rounding) Difference(
        Func<double[], double> f, Func<double[], double> roundingBound, double[] x, double[] direction, double h)
    {
        var plus = Shift(x, direction, h);
        var minus = Shift(x, direction, -h);
        // D estimates ∇f·direction. The multiple of the direction actually travelled, read from the
        // representable coordinates (exact for an axis; for an integer v the stencil is exact already).
        var main = 0;
        for (var k = 1; k < x.Length; k++) if (Math.Abs(direction[k]) > Math.Abs(direction[main])) main = k;
        var distance = (plus[main] - minus[main]) / direction[main];
        var d = (f(plus) - f(minus)) / distance;
        var rounding = (roundingBound(plus) + roundingBound(minus)) / distance;
        return (d, rounding);
    }

    private static double[] Shift(double[] x, double[] direction, double t)
    {
        var y = (double[])x.Clone();
        for (var k = 0; k < y.Length; k++) y[k] += t * direction[k];
        return y;
    }

    /// <summary>
    /// True when f varies slowly enough at the scale of h for the central difference to be an oracle at all:
    /// D(4h) − D(2h) is within 1% of the derivative's size (plus rounding) and is 4× D(2h) − D(h) within 25%. In the asymptotic regime that
    /// difference is 12·h²·f‴/6, so this keeps features at least ~35 h wide; a point where f oscillates or
    /// blows up within a few steps (tan of a large argument, near a pole) is redrawn. It looks at f only,
    /// never at the symbolic derivative, so it cannot hide a wrong derivative.
    /// </summary>
    public static bool IsResolved(Func<double[], double> f, Func<double[], double> roundingBound, double[] x, double[] direction, double h)
    {
        var (d1, e1) = Difference(f, roundingBound, x, direction, h);
        var (d2, _) = Difference(f, roundingBound, x, direction, 2 * h);
        var (d4, _) = Difference(f, roundingBound, x, direction, 4 * h);
        var size = Math.Max(Math.Abs(d1), Math.Max(Math.Abs(d2), Math.Abs(d4)));
        // and the error behaves like h²: D(4h) − D(2h) ≈ 4·(D(2h) − D(h)) (ratio within [3, 5]), up to rounding
        var a = d2 - d1;
        var b = d4 - d2;
        return double.IsFinite(size) && Math.Abs(b) <= 1e-2 * size + 8 * e1 && Math.Abs(b - 4 * a) <= Math.Abs(a) + 8 * e1;
    }

    /// <summary>The unit vector along axis i in n dimensions.</summary>
    public static double[] Axis(int n, int i)
    {
        var e = new double[n];
        e[i] = 1;
        return e;
    }
}

namespace Symbolic;

/// <summary>
/// Numeric kernels for the functions <see cref="Math"/> lacks, in numerically stable forms.
/// Compiled code calls these directly.
/// </summary>
public static class SymbolicMath
{
    /// <summary>1/(1 + e^-x), without overflow for large |x|.</summary>
    public static double Sigmoid(double x)
    {
        if (x >= 0) return 1.0 / (1.0 + Math.Exp(-x));
        var t = Math.Exp(x);
        return t / (1.0 + t);
    }

    /// <summary>log(1 + e^x), without overflow for large |x|.</summary>
    public static double Softplus(double x) => Math.Max(x, 0.0) + Log1P(Math.Exp(-Math.Abs(x)));

    // log(1 + t) accurate for small t (Goldberg): Math.Log(1 + t) loses all digits once t < 1e-16.
    private static double Log1P(double t)
    {
        var u = 1.0 + t;
        return u == 1.0 ? t : Math.Log(u) * t / (u - 1.0);
    }

    /// <summary>max(x, 0).</summary>
    public static double Relu(double x) => x > 0 ? x : (double.IsNaN(x) ? x : 0.0);

    /// <summary>Heaviside step with step(0) = 1: the derivative convention of <c>max</c> (ties go to the first argument).</summary>
    public static double Step(double x) => x >= 0 ? 1.0 : (double.IsNaN(x) ? x : 0.0);

    /// <summary>-1, 0 or 1 (NaN stays NaN).</summary>
    public static double Sign(double x) => double.IsNaN(x) ? x : Math.Sign(x);

    /// <summary>1/cos(x).</summary>
    public static double Sec(double x) => 1.0 / Math.Cos(x);

    /// <summary>1/sin(x).</summary>
    public static double Csc(double x) => 1.0 / Math.Sin(x);

    /// <summary>1/tan(x).</summary>
    public static double Cot(double x) => 1.0 / Math.Tan(x);

    // Adding +0.0 turns -0 into +0 and changes nothing else: an even root sees -0 as the 0 of its domain.

    /// <summary>√x, with √(-0) = 0 (see <see cref="RealPower"/>).</summary>
    public static double Sqrt(double x) => Math.Sqrt(x + 0.0);

    /// <summary>1/√x, with 1/√(-0) = +∞, the limit from inside the domain (see <see cref="RealPower"/>).</summary>
    public static double ReciprocalSqrt(double x) => 1.0 / Math.Sqrt(x + 0.0);

    /// <summary>x^(p/3) as (∛x)^p for an integer p: the real root, exact for perfect cubes (<c>CubeRootPow(-8, 2) = 4</c>).</summary>
    public static double CubeRootPow(double x, double p) => Math.Pow(Math.Cbrt(x), p);

    /// <summary>x^y for y = p/q with p and q odd: the real root, an odd function (<c>OddPow(-8, 1/3) = -2</c>).</summary>
    public static double OddPow(double x, double y) => double.IsNegative(x) ? -Math.Pow(-x, y) : Math.Pow(x, y);

    /// <summary>x^y for y = p/q with p even and q odd: the real root, an even function (<c>EvenPow(-8, 2/3) = 4</c>).</summary>
    public static double EvenPow(double x, double y) => Math.Pow(Math.Abs(x), y);
}

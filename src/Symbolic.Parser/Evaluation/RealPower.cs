using System.Numerics;
using System.Reflection;
using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// The one meaning of <c>a^(p/q)</c> over the reals, shared by exact folding, the interpreter, compiled delegates
/// and emitted C#: a constant exponent p/q (lowest terms) with an odd q takes the real root, so
/// <c>(-8)^(1/3)</c> is -2 and <c>x^(2/3)</c> is even in x (<c>cbrt(u)</c> is <c>u^(1/3)</c>); an even q has
/// no real value below 0 (NaN). At -0 an odd root keeps the sign (<c>(-0)^(-1/3)</c> is -∞) and an even root
/// sees 0 (<c>sqrt(-0)</c> is 0 and <c>(-0)^(-1/2)</c> is +∞, the limit from inside the domain). A variable
/// exponent follows IEEE <c>Math.Pow</c>.
/// </summary>
public static class RealPower
{
    /// <summary>Integer powers up to this magnitude are repeated multiplications (as compiled code computes them).</summary>
    public const int MaxMultipliedPower = 4;

    private static readonly MethodInfo SqrtMethod = Kernel(nameof(SymbolicMath.Sqrt), 1);
    private static readonly MethodInfo ReciprocalSqrtMethod = Kernel(nameof(SymbolicMath.ReciprocalSqrt), 1);
    private static readonly MethodInfo CbrtMethod = typeof(Math).GetMethod(nameof(Math.Cbrt), [typeof(double)])!;
    private static readonly MethodInfo CubeRootPowMethod = Kernel(nameof(SymbolicMath.CubeRootPow), 2);
    private static readonly MethodInfo OddPowMethod = Kernel(nameof(SymbolicMath.OddPow), 2);
    private static readonly MethodInfo EvenPowMethod = Kernel(nameof(SymbolicMath.EvenPow), 2);
    private static readonly MethodInfo PowMethod = typeof(Math).GetMethod(nameof(Math.Pow), [typeof(double), typeof(double)])!;

    private static MethodInfo Kernel(string name, int arity) =>
        typeof(SymbolicMath).GetMethod(name, Enumerable.Repeat(typeof(double), arity).ToArray())
        ?? throw new InvalidOperationException($"SymbolicMath.{name} not found");

    /// <summary>
    /// The method that computes <c>x^exponent</c> for a non-integer constant exponent, and the constant it takes
    /// after x, if any.
    /// </summary>
    public static (MethodInfo Method, double? Argument) KernelFor(Rational exponent)
    {
        if (exponent.IsInteger) throw new ArgumentException("integer exponents are multiplications or Math.Pow", nameof(exponent));
        if (exponent == Rational.Half) return (SqrtMethod, null);
        if (exponent == -Rational.Half) return (ReciprocalSqrtMethod, null);
        if (exponent == new Rational(1, 3)) return (CbrtMethod, null);
        // Thirds through the cube root: (-8)^(2/3) is exactly 4, where Math.Pow(8, 0.666…) is 3.9999999999999996.
        if (exponent.Denominator == 3 && BigInteger.Abs(exponent.Numerator) < 1 << 20) return (CubeRootPowMethod, (double)exponent.Numerator);
        if (exponent.Denominator.IsEven) return (PowMethod, exponent.ToDouble());
        return (exponent.Numerator.IsEven ? EvenPowMethod : OddPowMethod, exponent.ToDouble());
    }

    /// <summary><paramref name="x"/> raised to the constant <paramref name="exponent"/>, as compiled code computes it.</summary>
    public static double Evaluate(double x, Rational exponent)
    {
        if (exponent.IsInteger) return IntegerPower(x, exponent.Numerator);
        var (method, argument) = KernelFor(exponent);
        if (method == SqrtMethod) return SymbolicMath.Sqrt(x);
        if (method == ReciprocalSqrtMethod) return SymbolicMath.ReciprocalSqrt(x);
        if (method == CbrtMethod) return Math.Cbrt(x);
        var y = argument!.Value;
        if (method == CubeRootPowMethod) return SymbolicMath.CubeRootPow(x, y);
        if (method == PowMethod) return Math.Pow(x, y);
        return method == EvenPowMethod ? SymbolicMath.EvenPow(x, y) : SymbolicMath.OddPow(x, y);
    }

    private static double IntegerPower(double x, BigInteger k)
    {
        if (k.IsZero) return 1;
        if (k.IsOne) return x;
        if (k == BigInteger.MinusOne) return 1 / x;
        var magnitude = BigInteger.Abs(k);
        if (magnitude > MaxMultipliedPower) return Math.Pow(x, (double)k);
        var product = x;
        for (var i = 1; i < (int)magnitude; i++) product *= x;
        return k.Sign > 0 ? product : 1 / product;
    }
}

namespace Symbolic.Codegen.Tests;

/// <summary>
/// Compiled code may round differently from the interpreter in the last bits (x*x*x against Math.Pow(x, 3),
/// a/b against a*(1/b)), so values are compared to a few ulps relative to their size.
/// </summary>
internal static class Tolerance
{
    public static double Relative(double expected) => 1e-12 * Math.Max(1, Math.Abs(expected));
}

namespace Symbolic.Codegen.Tests.Simd;

/// <summary>How far apart two doubles are, in units in the last place of the expected one.</summary>
internal static class UlpDistance
{
    /// <summary>
    /// 0 for the same value (NaN and NaN, equal infinities, zeros of the same sign), +∞ when one is NaN or infinite
    /// and the other is not, or when a zero's sign differs; else |actual - expected| / ulp(expected).
    /// </summary>
    public static double Between(double actual, double expected)
    {
        if (double.IsNaN(actual) || double.IsNaN(expected)) return double.IsNaN(actual) && double.IsNaN(expected) ? 0 : double.PositiveInfinity;
        if (actual == expected)
            return expected == 0 && double.IsNegative(actual) != double.IsNegative(expected) ? double.PositiveInfinity : 0;
        if (double.IsInfinity(actual) || double.IsInfinity(expected)) return double.PositiveInfinity;
        var magnitude = Math.Abs(expected);
        var ulp = magnitude == double.MaxValue ? magnitude - Math.BitDecrement(magnitude) : Math.BitIncrement(magnitude) - magnitude;
        return Math.Abs(actual - expected) / ulp;
    }
}

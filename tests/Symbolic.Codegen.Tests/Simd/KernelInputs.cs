namespace Symbolic.Codegen.Tests.Simd;

/// <summary>
/// Arguments that probe a kernel everywhere: the IEEE specials, subnormals, the edges of every domain in the
/// function table (±1, 0.5, 0.66, tan 3π/8, 22, 709…), then random values over every magnitude from 1e-320 to
/// 1e308 and dense random values in [-2, 2], [-30, 30] and [-750, 750], near 1 (where logarithms vanish) and near the
/// poles of tan and sec.
/// </summary>
internal static class KernelInputs
{
    public static readonly double[] Specials =
    [
        0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon,
        1e-310, -1e-310, 2.2250738585072014E-308, double.MaxValue, double.MinValue, 1e-300, 1e-20, 1e-9, -1e-9,
        1, -1, Math.BitDecrement(1.0), Math.BitIncrement(-1.0), Math.BitIncrement(1.0), 0.5, -0.5, 0.66, 0.34657359,
        2.414213562373095, -2.414213562373095, 2, 3, 10, 100, 1000, 22, 22.1, -22, 36, 60, -60, -61, 709, 709.5,
        709.78, 710, 710.4, 710.6, -709.78, -744, -745.2, -746, 1e5, 1e15, 1e22, 1e300, -1e300, Math.PI / 2, Math.PI,
        -Math.PI / 2, 268435456, 268435457, 1e154, 1e155, 40, -40, 18, -18, 37, -37,
        1.342551517925482,   // where .NET's vector log2 is furthest from Math.Log2 (5 ulps)
    ];

    public static double[] All(int seed, int count)
    {
        var random = new Random(seed);
        var values = new List<double>(Specials);
        for (var i = 0; i < count; i++)
        {
            values.Add((random.Next(2) == 0 ? -1 : 1) * Math.Pow(10, random.NextDouble() * 628 - 320));
            values.Add(random.NextDouble() * 4 - 2);
            values.Add(random.NextDouble() * 60 - 30);
            values.Add(random.NextDouble() * 1500 - 750);
            values.Add(1 + (random.NextDouble() - 0.5) * Math.Pow(10, -random.NextDouble() * 16));
            values.Add((random.Next(-20, 20) + 0.5) * Math.PI + (random.NextDouble() - 0.5) * 1e-6);
        }
        return [.. values];
    }
}

using Symbolic.Testing;

namespace Symbolic.Bench;

/// <summary>
/// The machine-sized families (a long sum, a deep chain, a wide product…), as text of size n: what the scale benchmarks and the scale table parse,
/// differentiate and compile.
/// </summary>
public static class ScaleFamilies
{
    /// <summary>
    /// One family: its name, how n is read, the text and variable names for a given n, and the largest n worth
    /// timing (<paramref name="MaxN"/>, with the reason in <paramref name="Cap"/>).
    /// </summary>
    public sealed record Family(string Name, string Meaning, Func<int, string> Text, Func<int, string[]> Variables,
        int MaxN = int.MaxValue, string? Cap = null);

    /// <summary>
    /// Rosenbrock in n variables, the sin·exp sum of n terms, sin nested n deep, the squared chain n deep, the product
    /// of n variables.
    /// </summary>
    public static readonly Family[] All =
    [
        new("rosenbrock", "n variables",
            n => TestFunctions.RosenbrockText(n, first: 1),
            n => Names(1, n)),
        new("sin·exp sum", "n terms sin(x_i)*exp(x_{i+1})",
            n => TestFunctions.SinExpSumText(n),
            n => Names(0, n + 1)),
        new("sin nested", "n deep",
            n => string.Concat(Enumerable.Repeat("sin(", n)) + "x" + new string(')', n),
            _ => ["x"]),
        new("squared chain", "((x+1)^2+1)^2 … n deep",
            n => Enumerable.Range(0, n).Aggregate("x", (inner, _) => $"({inner} + 1)^2"),
            _ => ["x"],
            MaxN: 1_000, Cap: "the derivative's exact coefficient 2^n passes Rational.MaxBits (10,000 bits) beyond n = 9,999"),
        new("product", "n variables",
            n => string.Join("*", Enumerable.Range(1, n).Select(i => $"x{i}")),
            n => Names(1, n),
            MaxN: 1_000, Cap: "each of the n partials is its own (n−1)-operand product: n(n−1) operand references, 10^8 at n = 10,000"),
    ];

    /// <summary>The family called <paramref name="name"/>.</summary>
    public static Family Named(string name) => All.Single(f => f.Name == name);

    private static string[] Names(int from, int count) => Enumerable.Range(from, count).Select(i => $"x{i}").ToArray();
}

namespace Symbolic.Testing;

/// <summary>
/// The functions tests and benchmarks build at any size, written once and linked into each project that needs
/// them: Rosenbrock, the sin·exp sum, the 1-D Bratu equations.
/// </summary>
internal static class TestFunctions
{
    /// <summary>
    /// Rosenbrock in the n variables x{first} … x{first + n − 1}: the sum over i of
    /// 100·(x{i+1} − x{i}²)² + (1 − x{i})², written compactly so 100,000 variables stay under the parser's input limit.
    /// </summary>
    public static string RosenbrockText(int n, int first = 0) =>
        string.Join("+", Enumerable.Range(first, n - 1).Select(i => $"100*(x{i + 1}-x{i}^2)^2+(1-x{i})^2"));

    /// <summary>The same Rosenbrock built with the factories, without parsing.</summary>
    public static Expr Rosenbrock(int n, int first = 0) => Expr.Add(Enumerable.Range(first, n - 1).SelectMany(i => new[]
    {
        Expr.Multiply(100, Expr.Pow(X(i + 1) - Expr.Pow(X(i), 2), 2)),
        Expr.Pow(1 - X(i), 2),
    }));

    /// <summary>The sum of <paramref name="terms"/> terms sin(x{i})·exp(x{i+1}), in x0 … x{terms}.</summary>
    public static string SinExpSumText(int terms) =>
        string.Join(" + ", Enumerable.Range(0, terms).Select(i => $"sin(x{i})*exp(x{i + 1})"));

    /// <summary>The n equations of the 1-D Bratu problem, x{i−1} − 2·x{i} + x{i+1} + exp(x{i})/2 (c = 1/2), as text.</summary>
    public static string[] BratuText(int n) => Enumerable.Range(0, n).Select(i =>
        (i > 0 ? $"x{i - 1} - " : "-") + $"2*x{i}" + (i < n - 1 ? $" + x{i + 1}" : "") + $" + exp(x{i})/2").ToArray();

    /// <summary>The variable x{i}.</summary>
    public static Expr X(int i) => Expr.Var($"x{i}");
}

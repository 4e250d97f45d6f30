using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

/// <summary>The gradient of a product of consecutive variables compiles to a forward and a backward sweep.</summary>
public class ProductSweepTests
{
    private static Expr X(int i) => Expr.Var($"x{i}");

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("-1/4")]
    public void ProductOfConsecutiveVariables_SweepsAreTheSymbolicGradient(string coefficient)
    {
        var f = Expressions.Parse(coefficient) * Expr.Multiply(Enumerable.Range(0, 30).Select(X));
        var plan = new RolledPlan([f, .. Gradient(f)], ExprWalk.Variables(f), new OutputRange(1, 30));
        Assert.Single(plan.Sweeps);
        Assert.Empty(plan.Loops);
        AssertCompiledMatchesInterpreted(f, coefficient.Length);
    }

    [Theory]
    [InlineData("a gap in the indices")]
    [InlineData("another factor")]
    [InlineData("a squared factor")]
    [InlineData("reversed variable order")]
    public void OtherProducts_AreNotSwept_AndStillCompileToTheirGradient(string family)
    {
        var (f, order) = family switch
        {
            // x11 is compiled (its partial is 0) but not in the product: the factors are not consecutive entries.
            "a gap in the indices" => (Expr.Multiply(Enumerable.Range(0, 30).Where(i => i != 11).Select(X)),
                (IReadOnlyList<string>?)Enumerable.Range(0, 30).Select(i => $"x{i}").ToList()),
            "another factor" => (Expr.Multiply(Enumerable.Range(0, 30).Select(X)) * Expr.Apply("exp", Expr.Var("y")), null),
            "a squared factor" => (Expr.Multiply(Enumerable.Range(0, 30).Select(X)) * X(5), null),
            _ => (Expr.Multiply(Enumerable.Range(0, 30).Select(X)), Enumerable.Range(0, 30).Reverse().Select(i => $"x{i}").ToList()),
        };
        var names = order ?? ExprWalk.Variables(f);
        var plan = new RolledPlan([f, .. Gradient(f, names)], names, new OutputRange(1, names.Count));
        Assert.Empty(plan.Sweeps);
        AssertCompiledMatchesInterpreted(f, family.Length, order);
    }

    [Fact]
    public void BatchProductGradient_EqualsOnePointAtATime()
    {
        const int n = 24, points = 10;
        var f = 2 * Expr.Multiply(Enumerable.Range(0, n).Select(X));
        var random = new Random(5);
        var flat = Enumerable.Range(0, n * points).Select(_ => 0.8 + 0.4 * random.NextDouble()).ToArray();
        var values = new double[points];
        var gradients = new double[n * points];
        Compiler.BatchValueAndGradient(f)(flat, values, gradients, 0, points);
        var single = Compiler.ValueAndGradient(f);
        for (var p = 0; p < points; p++)
        {
            var gradient = new double[n];
            Assert.Equal(single(flat[(p * n)..((p + 1) * n)], gradient), values[p]);
            Assert.Equal(gradient, gradients[(p * n)..((p + 1) * n)]);
        }
    }

    private static Expr[] Gradient(Expr f, IReadOnlyList<string>? names = null) =>
        Calculus.Gradient(f, (names ?? ExprWalk.Variables(f)).Select(Expr.Var).ToArray());

    private static void AssertCompiledMatchesInterpreted(Expr f, int seed, IReadOnlyList<string>? order = null) =>
        CompiledGradientCheck.AgreesWithTheInterpreter(f, CompiledGradientCheck.NearOne, seed, order);
}

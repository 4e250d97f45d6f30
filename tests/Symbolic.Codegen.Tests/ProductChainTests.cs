using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

/// <summary>Wide products that share runs of factors (the partials of a long product) share their work.</summary>
public class ProductChainTests
{
    private static Expr X(int i) => Expr.Var($"x{i}");

    private static Expr Product(IEnumerable<int> indices) => Expr.Multiply(indices.Select(X));

    [Fact]
    public void PartialsOfAProductOfNVariables_UseAboutTwoNChainLinks()
    {
        const int n = 100;
        var f = Product(Enumerable.Range(1, n));
        var gradient = Calculus.Gradient(f, Enumerable.Range(1, n).Select(X).ToArray());
        var plan = new ComputationPlan([f, .. gradient]);

        var wide = Enumerable.Range(0, plan.Order.Count).Where(i => plan.Order[i] is Product && StatementSchedule.IsWide(plan.Order[i])).ToList();
        Assert.Equal(n + 1, wide.Count);
        Assert.All(wide, i => Assert.NotNull(plan.Chains.SplitOf(i)));
        // Each partial is a prefix chain times a suffix chain, with nothing in between.
        Assert.All(wide, i => Assert.True(plan.Chains.SplitOf(i)!.Middle.Length <= 1));
        Assert.InRange(plan.Chains.Links.Count, n, 2 * n);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("coefficient")]
    [InlineData("negated")]
    [InlineData("overlapping windows")]
    [InlineData("powers and calls")]
    public void SharedProducts_CompileToTheInterpretedValues(string family)
    {
        var f = family switch
        {
            "plain" => Product(Enumerable.Range(1, 40)),
            "coefficient" => 3 * Product(Enumerable.Range(1, 30)),
            "negated" => -Product(Enumerable.Range(1, 30)),
            // Products of 20 consecutive variables out of 40: shared runs in the middle, distinct ends.
            "overlapping windows" => Expr.Add(Enumerable.Range(0, 20).Select(s => Product(Enumerable.Range(s, 20)))),
            _ => Expr.Multiply(Enumerable.Range(1, 25).Select(i => i % 3 == 0 ? Expr.Apply("cos", X(i)) : Expr.Pow(X(i), 2))),
        };
        CompiledGradientCheck.AgreesWithTheInterpreter(f, CompiledGradientCheck.NearOne, family.Length);
    }

    [Fact]
    public void ProductsWithoutSharedRuns_AreNotSplit()
    {
        var a = Product(Enumerable.Range(0, 20));
        var b = Product(Enumerable.Range(100, 20));
        var plan = new ComputationPlan([a, b]);
        Assert.Empty(plan.Chains.Links);
    }
}

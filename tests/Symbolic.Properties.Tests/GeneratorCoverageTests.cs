using FsCheck.Fluent;
using Symbolic.Numbers;
using Symbolic.Properties.Tests.Generators;
using Xunit.Abstractions;

namespace Symbolic.Properties.Tests;

/// <summary>The generators reach what the issue asks for, so a passing property means something.</summary>
public class GeneratorCoverageTests(ITestOutputHelper output)
{
    private static readonly string[] Required = ExprGenerator.Functions.Select(f => f.Name).ToArray();

    [Fact]
    public void RoundTripGenerator_CoversEveryFunction_RationalsNegativesConstantsAndExponents()
    {
        var sample = Gen.Sample(Gen.Choose(1, 5).SelectMany(n => ExprGenerator.Expression(n, domainAware: false)), 1000, 30);
        Assert.Equal(1000, sample.Length);
        var nodes = sample.SelectMany(ExprWalk.TopologicalOrder).Distinct().ToList();
        var functions = nodes.OfType<Call>().Select(c => c.Function.Name).ToHashSet();
        Assert.Equal([], Required.Where(f => !functions.Contains(f)).ToArray());
        Assert.Contains(nodes, e => e is Number { Value: { IsInteger: false } });
        Assert.Contains(nodes, e => e is Number { Value.Sign: < 0 });
        Assert.Contains(nodes, e => e == Expr.Pi);
        Assert.Contains(nodes, e => e == Expr.E);
        Assert.Contains(nodes, e => e is Power { Exponent: Number { Value.Sign: < 0 } });
        Assert.Contains(nodes, e => e is Power { Exponent: Number { Value: var v } } && v == Rational.Half);
        Assert.Contains(nodes, e => e is Power { Exponent: Number { Value.IsInteger: false } p } && p.Value != Rational.Half);
        Assert.Contains(nodes, e => e is Power { Exponent: not Number });
        Assert.All(sample, e => Assert.InRange(e.CountNodes(), 1, PropertyBudget.MaxNodes));
    }

    [Fact]
    public void DerivativeCases_CoverEveryFunction_AndAreMostlyNontrivial()
    {
        var sample = Gen.Sample(PointSampler.Cases(), 1000, 30);
        Assert.Equal(1000, sample.Length);
        var functions = sample.SelectMany(c => ExprWalk.TopologicalOrder(c.F)).OfType<Call>().Select(c => c.Function.Name).ToHashSet();
        Assert.Equal([], Required.Where(f => !functions.Contains(f)).ToArray());
        var sizes = sample.Select(c => c.F.CountNodes()).OrderBy(n => n).ToArray();
        var variables = sample.Select(c => c.Variables.Length).ToArray();
        output.WriteLine($"nodes: median {sizes[sizes.Length / 2]}, 90th percentile {sizes[sizes.Length * 9 / 10]}, max {sizes[^1]}; " +
                         $"variables 1..5: {string.Join(" ", Enumerable.Range(1, 5).Select(k => variables.Count(v => v == k)))}");
        Assert.True(sizes[sizes.Length / 2] >= 6, $"median size {sizes[sizes.Length / 2]} is too small to mean much");
        Assert.True(sizes.Count(n => n >= 20) >= 100, "too few large expressions survive the point sampler");
        Assert.All(Enumerable.Range(1, 5), k => Assert.Contains(k, variables));
    }
}

namespace Symbolic.Diff.Tests;

/// <summary>The reverse sweep's reused bookkeeping leaves nothing behind from one gradient to the next.</summary>
public class SweepWorkspaceTests
{
    [Fact]
    public void Gradient_AfterALargerOne_IsUnaffectedByTheReusedWorkspace()
    {
        var large = Expressions.Parse(string.Join(" + ", Enumerable.Range(0, 50).Select(i => $"sin(x{i})*x{i + 1}")));
        Calculus.Gradient(large);
        var small = Expressions.Parse("x0^2*y");
        Assert.Equal(["2*x0*y", "x0^2"], Calculus.Gradient(small).Select(Expressions.Print));
        Assert.Equal(["2*x0*y", "x0^2"], Calculus.Gradient(small).Select(Expressions.Print));
    }

    [Fact]
    public void Gradient_VariableNotInF_IsZeroAfterAnotherGradient()
    {
        Calculus.Gradient(Expressions.Parse("a*b + b*c"));
        var gradient = Calculus.Gradient(Expressions.Parse("a*b"), [Expr.Var("a"), Expr.Var("c")]);
        Assert.Equal(["b", "0"], gradient.Select(Expressions.Print));
    }

    [Fact]
    public void Gradient_OnManyThreadsAtOnce_GivesTheSameResults()
    {
        var f = Expressions.Parse("x^3*y + sin(x*y)");
        var expected = Calculus.Gradient(f).Select(Expressions.Print).ToArray();
        Parallel.For(0, 64, _ => Assert.Equal(expected, Calculus.Gradient(f).Select(Expressions.Print)));
    }
}

using static Symbolic.Diff.Tests.TestSupport;
using static Symbolic.Testing.TestFunctions;

namespace Symbolic.Diff.Tests;

/// <summary>Reverse mode keeps the whole gradient within 4× the distinct nodes of f.</summary>
public class SizeBoundTests
{
    [Fact]
    public void GradientOfRosenbrockWithAThousandVariables_HasAtMostFourTimesTheNodesOfF()
    {
        var f = Rosenbrock(1000);
        var gradient = Calculus.Gradient(f);
        Assert.Equal(1000, gradient.Length);
        Assert.True(ExprWalk.CountNodes(gradient) <= 4 * f.CountNodes(), $"{ExprWalk.CountNodes(gradient)} vs {f.CountNodes()}");
    }

    [Fact]
    public void GradientOfAProductOfAHundredVariables_HasAtMostFourTimesTheNodesOfF()
    {
        var f = Expr.Multiply(Enumerable.Range(1, 100).Select(i => V($"x{i}")));
        var gradient = Calculus.Gradient(f);
        Assert.True(ExprWalk.CountNodes(gradient) <= 4 * f.CountNodes(), $"{ExprWalk.CountNodes(gradient)} vs {f.CountNodes()}");
        var point = Enumerable.Range(1, 100).Select(i => ($"x{i}", 1.0 + i / 1000.0)).ToArray();
        var product = point.Aggregate(1.0, (p, v) => p * v.Item2);
        Assert.Equal(product / point[41].Item2, Eval(gradient[41], point), 9);
    }

    [Fact]
    public void DefaultVariableOrder_IsNatural()
    {
        var names = Calculus.VariablesOf(P("x10 + x2 + x1 + y")).Select(v => v.ToString());
        Assert.Equal(["x1", "x2", "x10", "y"], names);
    }
}

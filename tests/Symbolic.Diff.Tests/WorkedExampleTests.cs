using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>Worked examples as in calculus teaching material: known derivatives, gradients and Hessians.</summary>
public class WorkedExampleTests
{
    [Fact]
    public void J_Is3TimesAPlusBC_WithValueAndSlopesAtFiveThreeTwo()
    {
        var j = P("3*(a + b*c)");
        var point = new[] { ("a", 5.0), ("b", 3.0), ("c", 2.0) };
        Assert.Equal(33, Eval(j, point));
        var gradient = Calculus.Gradient(j);
        Assert.Equal([3.0, 6.0, 9.0], gradient.Select(g => Eval(g, point)));
    }

    [Theory]
    [InlineData("3*a", 7.5, 3.0)]
    [InlineData("3*a", -2.0, 3.0)]
    [InlineData("a^2", 2.0, 4.0)]
    [InlineData("a^3", 2.0, 12.0)]
    [InlineData("log(a)", 2.0, 0.5)]
    public void SlopeOfOneVariableFunction(string f, double a, double slope) =>
        Assert.Equal(slope, Eval(Calculus.Diff(P(f), V("a")), ("a", a)), 12);

    [Fact]
    public void GradientOfXSquaredMinusXY_Is2xMinusYAndMinusX()
    {
        var gradient = Calculus.Gradient(P("x^2 - x*y"));
        Assert.Same(P("2*x - y"), gradient[0]);
        Assert.Same(P("-x"), gradient[1]);
    }

    [Fact]
    public void DirectionalDerivativeAlong2And3AndMinus1_IsTheWeightedSumOfPartials_DividedBySqrt14WhenNormalised()
    {
        var f = P("x^2*y + sin(z)*y + x*z");
        var vars = new[] { V("x"), V("y"), V("z") };
        var v = new Expr[] { 2, 3, -1 };
        var expected = Expr.Add(Expr.Multiply(2, Calculus.Diff(f, vars[0])), Expr.Multiply(3, Calculus.Diff(f, vars[1])),
            Expr.Negate(Calculus.Diff(f, vars[2])));
        var jvp = Calculus.Jvp(f, vars, v);
        var along = Calculus.DirectionalDerivative(f, vars, v);
        Assert.Contains("sqrt(14)", along.ToString());
        var point = new[] { ("x", 0.3), ("y", -1.2), ("z", 2.0) };
        Assert.Equal(Eval(expected, point), Eval(jvp, point), 12);
        Assert.Equal(Eval(expected, point) / Math.Sqrt(14), Eval(along, point), 12);
    }

    [Theory]
    [InlineData(3, 4, 6, 8)]
    [InlineData(0, 2, 0, 4)]
    [InlineData(3, 0, 6, 0)]
    public void GradientOfSumOfSquares_AtPoints(double x0, double x1, double g0, double g1)
    {
        var gradient = Calculus.Gradient(P("x0^2 + x1^2"));
        var point = new[] { ("x0", x0), ("x1", x1) };
        Assert.Equal([g0, g1], gradient.Select(g => Eval(g, point)));
    }

    [Fact]
    public void DirectionalDerivativeAlongTheGradient_EqualsTheGradientsLength()
    {
        var f = P("x0^2 + x1^2");
        var vars = new[] { V("x0"), V("x1") };
        var point = new Dictionary<Expr, Expr> { [vars[0]] = 3, [vars[1]] = 4 };
        var gradientThere = Calculus.Gradient(f, vars).Select(g => ExprWalk.Substitute(g, point)).ToArray();
        Assert.Equal([Expr.Num(6), Expr.Num(8)], gradientThere);
        var steepest = ExprWalk.Substitute(Calculus.DirectionalDerivative(f, vars, gradientThere), point);
        Assert.Same(Expr.Num(10), steepest);
        Assert.Same(Calculus.Norm(gradientThere), steepest);
    }

    [Theory]
    [InlineData(5, 3, 1, 0)]
    [InlineData(3, 5, 0, 1)]
    [InlineData(4, 4, 1, 0)]
    public void MaxRoutesTheGradientToTheLargerArgument_FirstOnATie(double a, double b, double da, double db)
    {
        var gradient = Calculus.Gradient(P("max(a, b)"));
        var point = new[] { ("a", a), ("b", b) };
        Assert.Equal([da, db], gradient.Select(g => Eval(g, point)));
    }

    [Fact]
    public void PartialOfXPlusYTimesZ_WithRespectToZ_IsXPlusY() =>
        Assert.Same(P("x + y"), Calculus.Diff(P("(x + y)*z"), V("z")));

    [Fact]
    public void AbsAndReluHaveSlopeZeroAtZero()
    {
        Assert.Equal(0, Eval(Calculus.Diff(P("abs(x)"), V("x")), ("x", 0)));
        Assert.Equal(0, Eval(Calculus.Diff(P("relu(x)"), V("x")), ("x", 0)));
        Assert.Equal(1, Eval(Calculus.Diff(P("relu(x)"), V("x")), ("x", 0.5)));
        Assert.Equal(-1, Eval(Calculus.Diff(P("abs(x)"), V("x")), ("x", -0.5)));
    }
}

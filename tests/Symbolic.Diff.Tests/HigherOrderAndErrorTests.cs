using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>Higher and mixed partials, Hessians, huge exponents and orders, and the errors of bad directions.</summary>
public class HigherOrderAndErrorTests
{
    [Fact]
    public void ThirdDerivativeOfXToTheFifth_Is60XSquared() =>
        Assert.Same(P("60*x^2"), Calculus.Diff(P("x^5"), V("x"), 3));

    [Fact]
    public void MixedPartialOfX2Y3_IsTheSameInEitherOrder()
    {
        var f = P("x^2*y^3 + sin(x*y)");
        var xy = Calculus.Diff(f, V("x"), V("y"));
        var yx = Calculus.Diff(f, V("y"), V("x"));
        var point = new[] { ("x", 0.7), ("y", -1.3) };
        Assert.Equal(Eval(xy, point), Eval(yx, point), 12);
        Assert.Same(P("6*x*y^2"), Calculus.Diff(P("x^2*y^3"), V("x"), V("y")));
    }

    [Fact]
    public void OrderZero_IsTheFunctionItself() => Assert.Same(P("sin(x)"), Calculus.Diff(P("sin(x)"), V("x"), 0));

    [Fact]
    public void NegativeOrder_IsAClearError() =>
        Assert.Contains("order", Assert.Throws<SymbolicException>(() => Calculus.Diff(P("x"), V("x"), -1)).Message);

    [Fact]
    public void HessianIsSymmetric_WithTheSameObjectAcrossTheDiagonal()
    {
        var h = Calculus.Hessian(P("x^2*y + y^3*z + exp(x*z)"));
        Assert.Equal(3, h.Length);
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                Assert.Same(h[i][j], h[j][i]);
        Assert.Same(P("2*y + z^2*exp(x*z)"), h[0][0]);
        Assert.Same(P("2*x"), h[0][1]);
    }

    [Fact]
    public void HessianOfXSquaredMinusXY_Is2AndMinus1And0()
    {
        var h = Calculus.Hessian(P("x^2 - x*y"));
        Assert.Equal("[[2, -1], [-1, 0]]", "[" + string.Join(", ", h.Select(Print)) + "]");
    }

    [Fact]
    public void DerivativeOfXToTheBillion_StaysSmall()
    {
        var d = Calculus.Diff(P("x^(10^9)"), V("x"));
        Assert.Same(P("1000000000*x^999999999"), d);
        Assert.Equal(5, d.CountNodes());   // product, 10^9, power, x, 10^9 - 1
    }

    [Fact]
    public void ThousandthDerivativeOfSinTimesXCubed_HasFourTermsAndFewNodes()
    {
        var d = Calculus.Diff(P("sin(x)*x^3"), V("x"), 1000);
        // Leibniz: only four terms survive, with x^3, x^2, x and a constant.
        Assert.Equal(4, d.Args.Count);
        Assert.True(d.CountNodes() <= 25, $"{d.CountNodes()} nodes: {d}");
        var x = 0.4;
        var expected = Math.Sin(x) * x * x * x - 3000 * Math.Cos(x) * x * x - 2997000 * Math.Sin(x) * x + 997002000 * Math.Cos(x);
        Assert.Equal(expected, Eval(d, ("x", x)), 6);
    }

    [Fact]
    public void ZeroDirection_IsAClearError()
    {
        var e = Assert.Throws<SymbolicException>(() => Calculus.DirectionalDerivative(P("x*y"), [V("x"), V("y")], [0, 0]));
        Assert.Equal("the direction is the zero vector, which has no unit direction", e.Message);
    }

    [Fact]
    public void DirectionOfTheWrongLength_IsAClearError()
    {
        var e = Assert.Throws<SymbolicException>(() => Calculus.Jvp(P("x*y"), [V("x"), V("y")], [1, 2, 3]));
        Assert.Equal("the direction has 3 components but there are 2 variables (x, y)", e.Message);
        Assert.Throws<SymbolicException>(() => Calculus.DirectionalDerivative(P("x*y"), [V("x"), V("y")], [1]));
    }

    [Fact]
    public void DifferentiatingWithRespectToANonVariable_IsAClearError() =>
        Assert.Contains("variable", Assert.Throws<SymbolicException>(() => Calculus.Diff(P("x"), P("x + 1"))).Message);
    // With a repeat, the dependency sets (indexed by variable) gave the first x's Hessian row nothing: [[0, 0, 0], …].
    public static TheoryData<string, Func<IReadOnlyList<Expr>, object>> EveryVectorOperation => new()
    {
        { "Gradient", vs => Calculus.Gradient(P("x^2*y"), vs) },
        { "Hessian", vs => Calculus.Hessian(P("x^2*y"), vs) },
        { "SparseHessian", vs => Calculus.SparseHessian(P("x^2*y"), vs) },
        { "HessianPattern", vs => Calculus.HessianPattern(P("x^2*y"), vs) },
        { "Jacobian", vs => Calculus.Jacobian([P("x*y"), P("x")], vs) },
        { "JacobianPattern", vs => Calculus.JacobianPattern([P("x*y"), P("x")], vs) },
        { "HessianVectorProduct", vs => Calculus.HessianVectorProduct(P("x^2*y"), vs, [P("1"), P("2"), P("3")]) },
    };

    [Theory]
    [MemberData(nameof(EveryVectorOperation))]
    public void AVariableListedTwice_IsRefusedByName(string operation, Func<IReadOnlyList<Expr>, object> run)
    {
        var message = Assert.Throws<SymbolicException>(() => run([V("x"), V("y"), V("x")])).Message;
        Assert.True(message == "'x' appears twice in the variable list", $"{operation}: {message}");
    }
}

using static Symbolic.Diff.Tests.TestSupport;
using static Symbolic.Testing.TestFunctions;

namespace Symbolic.Diff.Tests;

/// <summary>Hessian and Jacobian patterns from the DAG, sparse entries, and Hessian-vector products.</summary>
public class SparseCalculusTests
{

    private static string Rows(int[][] pattern) => "[" + string.Join(", ", pattern.Select(r => "[" + string.Join(", ", r) + "]")) + "]";

    [Fact]
    public void HessianPatternOfRosenbrock_IsTridiagonal() =>
        Assert.Equal("[[0, 1], [0, 1, 2], [1, 2]]", Rows(Calculus.HessianPattern(Rosenbrock(3))));

    [Fact]
    public void HessianPattern_PairsTheFactorsOfAProduct_ButNotAVariableWithItself() =>
        Assert.Equal("[[1], [0], []]", Rows(Calculus.HessianPattern(P("x*y + z"), [V("x"), V("y"), V("z")])));

    [Fact]
    public void HessianPattern_SeesNoCurvatureInAbsReluOrMax() =>
        Assert.Equal("[[], []]", Rows(Calculus.HessianPattern(P("abs(x) + relu(y) + max(x, y) + 3*x"))));

    [Fact]
    public void HessianPattern_OfAFunctionOfASum_IsDense() =>
        Assert.Equal("[[0, 1, 2], [0, 1, 2], [0, 1, 2]]", Rows(Calculus.HessianPattern(P("exp(x + y + z)"))));

    [Fact]
    public void HessianPatternOfRosenbrock_WithTenThousandVariables_IsTridiagonal()
    {
        // The top sum has 19,998 operands: pairing them with each other (a sum has no curvature) would cost 2·10⁸ checks.
        const int n = 10_000;
        var pattern = Calculus.HessianPattern(Rosenbrock(n));
        Assert.Equal(3 * n - 2, pattern.Sum(row => row.Length));
        Assert.Equal([n / 2 - 1, n / 2, n / 2 + 1], pattern[n / 2]);
        Assert.Equal([n - 2, n - 1], pattern[n - 1]);
    }

    [Fact]
    public void JacobianPattern_DropsVariablesBehindAZeroDerivative() =>
        Assert.Equal("[[1], [0, 1]]", Rows(Calculus.JacobianPattern([P("sign(x)*y"), P("x*y")], [V("x"), V("y")])));

    [Fact]
    public void SparseHessian_LeavesOutAnEntryThatCancels()
    {
        // (x + y)^2 - 2*x*y pairs x with y structurally, but the mixed partial is 2 - 2 = 0.
        var f = P("(x + y)^2 - 2*x*y");
        Assert.Equal("[[0, 1], [0, 1]]", Rows(Calculus.HessianPattern(f)));
        var entries = Calculus.SparseHessian(f);
        Assert.Equal([(0, 0, "2"), (1, 1, "2")], entries.Select(e => (e.Row, e.Column, e.Value.ToString())));
    }

    [Fact]
    public void SparseHessianOfRosenbrock_HasThreeNMinusTwoEntries_InRowMajorOrder()
    {
        var entries = Calculus.SparseHessian(Rosenbrock(50));
        Assert.Equal(3 * 50 - 2, entries.Length);
        Assert.True(entries.Zip(entries.Skip(1)).All(p => (p.First.Row, p.First.Column).CompareTo((p.Second.Row, p.Second.Column)) < 0));
        Assert.Equal(P("-400*x3"), entries.Single(e => e.Row == 3 && e.Column == 4).Value);
        Assert.Equal(P("-400*x3"), entries.Single(e => e.Row == 4 && e.Column == 3).Value);
        Assert.Equal(P("800*x3^2 + 202 - 400*(x4 - x3^2)"), entries.Single(e => e.Row == 3 && e.Column == 3).Value);
    }

    [Fact]
    public void SparseHessian_OfAFunctionOverTheNodeLimit_IsAClearError()
    {
        // Rosenbrock(10) has 87 distinct nodes; the limit is checked on f, which the numbering counts.
        var f = Rosenbrock(10);
        Assert.Equal(87, f.CountNodes());
        using (SymbolicLimits.Use(SymbolicLimits.Current with { MaxNodes = 86 }))
        {
            var e = Assert.Throws<SymbolicException>(() => Calculus.SparseHessian(f));
            Assert.Equal("the function is too large: 87 distinct nodes (limit 86, SymbolicLimits.MaxNodes)", e.Message);
        }
        using (SymbolicLimits.Use(SymbolicLimits.Current with { MaxNodes = 87 }))
            Assert.Equal(3 * 10 - 2, Calculus.SparseHessian(f).Length);
    }

    [Fact]
    public void SparseJacobianOfBratu_HasThreeNMinusTwoEntries()
    {
        const int n = 200;
        var x = Enumerable.Range(0, n).Select(X).ToArray();
        var entries = Calculus.SparseJacobian(BratuText(n).Select(P).ToArray(), x);
        Assert.Equal(3 * n - 2, entries.Length);
        Assert.Equal(P("-2 + exp(x7)/2"), entries.Single(e => e.Row == 7 && e.Column == 7).Value);
        Assert.Equal(Expr.One, entries.Single(e => e.Row == 7 && e.Column == 8).Value);
    }

    [Fact]
    public void HessianVectorProduct_OfXSquaredY_IsTheHessianTimesV()
    {
        var hv = Calculus.HessianVectorProduct(P("x^2*y"), [V("x"), V("y")], [V("a"), V("b")]);
        Assert.Equal("[2*a*y + 2*b*x, 2*a*x]", Print(hv));
    }

    [Fact]
    public void EmptyFunctionList_IsAClearError() =>
        Assert.Contains("empty", Assert.Throws<SymbolicException>(() => Calculus.SparseJacobian([])).Message);

    [Fact]
    public void HessianVectorProduct_WithAShortDirection_NamesTheLengths() =>
        Assert.Contains("1 component but there are 2 variables",
            Assert.Throws<SymbolicException>(() => Calculus.HessianVectorProduct(P("x*y"), [V("x"), V("y")], [V("a")])).Message);
}

using FsCheck;
using FsCheck.Fluent;
using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>Hessian and Jacobian patterns from the DAG, sparse entries, and Hessian-vector products.</summary>
public class SparseCalculusTests
{
    private static readonly Expr[] Xs = Enumerable.Range(0, 5).Select(i => V($"x{i}")).ToArray();

    private static string Rows(int[][] pattern) => "[" + string.Join(", ", pattern.Select(r => "[" + string.Join(", ", r) + "]")) + "]";

    private static Expr Rosenbrock(int n) =>
        Expr.Add(Enumerable.Range(0, n - 1).Select(i =>
            100 * Expr.Pow(V($"x{i + 1}") - Expr.Pow(V($"x{i}"), 2), 2) + Expr.Pow(1 - V($"x{i}"), 2)));

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
    public void SparseJacobianOfBratu_HasThreeNMinusTwoEntries()
    {
        const int n = 200;
        var x = Enumerable.Range(0, n).Select(i => V($"x{i}")).ToArray();
        var equations = Enumerable.Range(0, n).Select(i =>
            (i > 0 ? x[i - 1] : Expr.Zero) - 2 * x[i] + (i < n - 1 ? x[i + 1] : Expr.Zero) + P("1/2") * Expr.Apply("exp", x[i])).ToArray();
        var entries = Calculus.SparseJacobian(equations, x);
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
        Assert.Contains("1 components but there are 2 variables",
            Assert.Throws<SymbolicException>(() => Calculus.HessianVectorProduct(P("x*y"), [V("x"), V("y")], [V("a")])).Message);

    // Random functions of five variables, where most terms touch one or two of them, including kinks.
    private static Gen<Expr> Functions(int depth)
    {
        var leaf = Gen.OneOf(Gen.Elements(Xs), Gen.Choose(-3, 3).Select(n => Expr.Num(n)));
        if (depth == 0) return leaf;
        var sub = Functions(depth - 1);
        var unary = from name in Gen.Elements("sin", "exp", "tanh", "abs", "sign", "relu", "sigmoid")
                    from u in sub
                    select Expr.Apply(name, u);
        var binary = from op in Gen.Elements('+', '-', '*', 'm')
                     from a in sub
                     from b in sub
                     select op switch { '+' => a + b, '-' => a - b, '*' => a * b, _ => Expr.Apply("max", a, b) };
        var power = from u in sub from k in Gen.Choose(2, 3) select Expr.Pow(u, k);
        return Gen.Frequency((1, leaf), (2, unary), (3, binary), (1, power));
    }

    private static double At(Expr e, double[] point) =>
        Evaluator.Evaluate(e, Enumerable.Range(0, Xs.Length).ToDictionary(i => $"x{i}", i => point[i]));

    private static bool Close(double a, double b) => a == b || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    [Fact]
    public void SparseHessian_AgreesWithRepeatedPartials_AndHvpWithTheHessianTimesV()
    {
        var cases = from f in Functions(3)
                    from point in Gen.ArrayOf(Gen.Choose(-1500, 1500).Select(k => k / 1000.0), Xs.Length)
                    from v in Gen.ArrayOf(Gen.Choose(-2000, 2000).Select(k => k / 1000.0), Xs.Length)
                    select (f, point, v);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (f, point, v) = c;
            var pattern = Calculus.HessianPattern(f, Xs);
            var sparse = Calculus.SparseHessian(f, Xs).ToDictionary(e => (e.Row, e.Column), e => e.Value);
            var direction = Enumerable.Range(0, Xs.Length).Select(i => V($"v{i}")).ToArray();
            var hvp = Calculus.HessianVectorProduct(f, Xs, direction);
            var bindings = Enumerable.Range(0, Xs.Length).SelectMany(i => new[] { ($"x{i}", point[i]), ($"v{i}", v[i]) })
                .ToDictionary(p => p.Item1, p => p.Item2);
            for (var i = 0; i < Xs.Length; i++)
            {
                var product = 0.0;
                for (var j = 0; j < Xs.Length; j++)
                {
                    var repeated = Calculus.Diff(Calculus.Diff(f, Xs[i]), Xs[j]);
                    var value = At(repeated, point);
                    product += value * v[j];
                    if (repeated != Expr.Zero && !pattern[i].Contains(j))
                        throw new Exception($"∂²f/∂x{i}∂x{j} = {repeated} is missing from the pattern of {f}");
                    var entry = sparse.TryGetValue((i, j), out var e) ? At(e, point) : 0.0;
                    if (!Close(entry, value) && !(double.IsNaN(entry) && double.IsNaN(value)))
                        throw new Exception($"H[{i}][{j}] of {f}: sparse {entry}, repeated partials {value}");
                }
                var hv = Evaluator.Evaluate(hvp[i], bindings);
                if (!Close(hv, product) && !(double.IsNaN(hv) && double.IsNaN(product)))
                    throw new Exception($"(H·v)[{i}] of {f}: {hv}, expected {product}");
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}

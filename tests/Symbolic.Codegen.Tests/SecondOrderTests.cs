using Symbolic.Codegen;
using static Symbolic.Testing.TestFunctions;

namespace Symbolic.Codegen.Tests;

/// <summary>Compiled sparse and dense Hessians and Jacobians, Hessian-vector products, and their errors.</summary>
public class SecondOrderTests
{
    private static Expr P(string text) => Expressions.Parse(text);

    private static Expr[] Bratu(int n) => BratuText(n).Select(P).ToArray();

    private static double[] Classic(int n) => Enumerable.Range(0, n).Select(i => i % 2 == 0 ? -1.2 : 1.0).ToArray();

    private static Dictionary<string, double> Bindings(double[] x) =>
        Enumerable.Range(0, x.Length).ToDictionary(i => $"x{i}", i => x[i]);

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance.Relative(expected), $"{what}: expected {expected}, got {actual}");

    [Fact]
    public void SparseHessianOfXSquaredY_At35_Is10And6And6()
    {
        var h = Compiler.SparseHessian(P("x^2*y"));
        Assert.Equal([0, 2, 3], h.Pattern.RowStarts);
        Assert.Equal([0, 1, 0], h.Pattern.ColumnIndices);
        Assert.Equal((2, 2, 3), (h.Pattern.RowCount, h.Pattern.ColumnCount, h.Pattern.NonZeroCount));
        var values = new double[3];
        h.Evaluate([3, 5], values);
        Assert.Equal([10.0, 6.0, 6.0], values);
    }

    [Fact]
    public void SparseHessianOfRosenbrock_MatchesTheInterpretedEntries_AndTheDenseHessian()
    {
        const int n = 200;
        var f = Rosenbrock(n);
        var h = Compiler.SparseHessian(f);
        Assert.Equal(3 * n - 2, h.Pattern.NonZeroCount);
        var x = Classic(n);
        var values = new double[h.Pattern.NonZeroCount];
        h.Evaluate(x, values);
        var dense = new double[n * n];
        Compiler.Hessian(f)(x, dense);
        var entries = Calculus.SparseHessian(f);
        var bindings = Bindings(x);
        for (var i = 0; i < n; i++)
            for (var k = h.Pattern.RowStarts[i]; k < h.Pattern.RowStarts[i + 1]; k++)
            {
                var j = h.Pattern.ColumnIndices[k];
                AssertClose(Evaluator.Evaluate(entries[k].Value, bindings), values[k], $"H[{i}][{j}]");
                AssertClose(dense[i * n + j], values[k], $"dense H[{i}][{j}]");
            }
        Assert.Equal(3 * n - 2, dense.Count(v => v != 0));
    }

    [Fact]
    public void SparseHessianOfRosenbrock_CompilesItsDiagonalsToLoops()
    {
        const int n = 500;
        var lambda = OutputListCompiler.Lambda(Calculus.SparseHessian(Rosenbrock(n)).Select(e => e.Value).ToArray(),
            Enumerable.Range(0, 3 * n - 2).ToArray(), Calculus.SparseHessian(Rosenbrock(n)).Select(e => ((long)(e.Column - e.Row) << 32) + e.Row).ToArray(),
            Enumerable.Range(0, n).Select(i => $"x{i}").ToArray(), 3 * n - 2, "x", "values", clearFirst: false);
        // Three diagonals, each one loop plus its few irregular ends: far fewer nodes than 1,498 unrolled entries.
        Assert.True(CountNodes(lambda) < 2_000, $"{CountNodes(lambda)} expression nodes");
    }

    [Fact]
    public void SparseJacobianOfBratu_HasThreeNMinusTwoEntries_WithTheRightValues()
    {
        const int n = 300;
        var j = Compiler.SparseJacobian(Bratu(n));
        Assert.Equal(3 * n - 2, j.Pattern.NonZeroCount);
        Assert.Equal(n, j.Pattern.RowCount);
        var x = Enumerable.Range(0, n).Select(i => Math.Sin(i)).ToArray();
        var values = new double[j.Pattern.NonZeroCount];
        j.Evaluate(x, values);
        for (var i = 0; i < n; i++)
            for (var k = j.Pattern.RowStarts[i]; k < j.Pattern.RowStarts[i + 1]; k++)
            {
                var column = j.Pattern.ColumnIndices[k];
                Assert.Equal(column == i ? -2 + Math.Exp(x[i]) / 2 : 1.0, values[k], 12);
            }
    }

    [Fact]
    public void SparseJacobianOfBratu_EqualsTheDenseCompiledJacobian()
    {
        // 400 equations: each diagonal is a run far past the length at which repeats become loops.
        const int n = 400;
        var functions = Bratu(n);
        var sparse = Compiler.SparseJacobian(functions);
        var x = Enumerable.Range(0, n).Select(i => Math.Cos(3 * i)).ToArray();
        var values = new double[sparse.Pattern.NonZeroCount];
        sparse.Evaluate(x, values);
        var dense = new double[n * n];
        Compiler.Jacobian(functions)(x, dense);
        for (var i = 0; i < n; i++)
            for (var k = sparse.Pattern.RowStarts[i]; k < sparse.Pattern.RowStarts[i + 1]; k++)
                Assert.Equal(dense[i * n + sparse.Pattern.ColumnIndices[k]], values[k]);
        Assert.Equal(3 * n - 2, dense.Count(v => v != 0));
    }

    [Fact]
    public void DenseJacobianOfXYAndXPlusY_At23_IsRowMajor()
    {
        var jacobian = new double[4];
        Compiler.Jacobian([P("x*y"), P("x + y")])([2, 3], jacobian);
        Assert.Equal([3.0, 2.0, 1.0, 1.0], jacobian);
    }

    [Fact]
    public void DenseJacobian_ZeroesTheEntriesOutsideThePattern()
    {
        var jacobian = Enumerable.Repeat(double.NaN, 6).ToArray();
        Compiler.Jacobian([P("x^2"), P("z")], ["x", "y", "z"])([3, 4, 5], jacobian);
        Assert.Equal([6.0, 0, 0, 0, 0, 1], jacobian);
    }

    [Fact]
    public void HessianVectorProductOfXSquaredY_At35_IsTheHessianTimesV()
    {
        var hv = new double[2];
        Compiler.HessianVectorProduct(P("x^2*y"))([3, 5], [1, 2], hv);
        Assert.Equal([10.0 + 12, 6.0], hv);
    }

    [Fact]
    public void HessianVectorProductOfRosenbrock_IsTheDenseHessianTimesV()
    {
        const int n = 100;
        var f = Rosenbrock(n);
        var x = Classic(n);
        var v = Enumerable.Range(0, n).Select(i => Math.Cos(i)).ToArray();
        var dense = new double[n * n];
        Compiler.Hessian(f)(x, dense);
        var hv = new double[n];
        Compiler.HessianVectorProduct(f)(x, v, hv);
        for (var i = 0; i < n; i++)
        {
            var expected = Enumerable.Range(0, n).Sum(j => dense[i * n + j] * v[j]);
            Assert.True(Math.Abs(expected - hv[i]) <= 1e-10 * Math.Max(1, Math.Abs(expected)), $"(H·v)[{i}] = {hv[i]}, expected {expected}");
        }
    }

    [Fact]
    public void ShortPoint_IsAClearErrorNamingTheLength()
    {
        var h = Compiler.SparseHessian(P("x*y*z"));
        ArrayErrors.AssertTooShort("x", 3, () => h.Evaluate([1, 2], new double[h.Pattern.NonZeroCount]));
        ArrayErrors.AssertTooShort("values", 6, () => h.Evaluate([1, 2, 3], new double[2]));
    }

    [Fact]
    public void ShortDirectionOrResult_IsAClearErrorNamingTheLength()
    {
        var hvp = Compiler.HessianVectorProduct(P("x*y"));
        ArrayErrors.AssertTooShort("v", 2, () => hvp([1, 2], [1], new double[2]));
        ArrayErrors.AssertTooShort("result", 2, () => hvp([1, 2], [1, 1], new double[1]));
        ArrayErrors.AssertTooShort("jacobian", 4, () => Compiler.Jacobian([P("x"), P("y")])([1, 2], new double[3]));
    }

    [Fact]
    public void EmptyFunctionList_OrMissingVariable_IsAClearError()
    {
        Assert.Contains("empty", Assert.Throws<SymbolicException>(() => Compiler.SparseJacobian([])).Message);
        Assert.Contains("empty", Assert.Throws<SymbolicException>(() => Compiler.Jacobian([])).Message);
        Assert.Contains("'y' is not among the compiled variables",
            Assert.Throws<SymbolicException>(() => Compiler.SparseHessian(P("x*y"), ["x"])).Message);
    }

    private static int CountNodes(System.Linq.Expressions.Expression e)
    {
        var counter = new NodeCounter();
        counter.Visit(e);
        return counter.Count;
    }

    private sealed class NodeCounter : System.Linq.Expressions.ExpressionVisitor
    {
        public int Count { get; private set; }

        public override System.Linq.Expressions.Expression? Visit(System.Linq.Expressions.Expression? node)
        {
            if (node is not null) Count++;
            return base.Visit(node);
        }
    }
}

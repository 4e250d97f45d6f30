using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>The numbering every pass over a DAG shares: topological order, operands by number, and its hash table.</summary>
public class DagNumberingTests
{
    [Fact]
    public void Numbering_PutsEachNodeAfterItsOperands_WithTheirNumbersInOperandOrder()
    {
        var f = P("sin(x)*y + sin(x)");
        var nodes = DagNumbering.Of([f]);
        // Post-order, each shared node once: sin(x) is numbered where the walk first meets it, and found after that.
        Assert.Equal(["x", "sin(x)", "y", "y*sin(x)", "sin(x) + y*sin(x)"], nodes.Order.Select(Expressions.Print));
        for (var k = 0; k < nodes.Order.Count; k++)
        {
            var node = nodes.Order[k];
            Assert.Equal(k, nodes.NumberOf(node));
            var operands = nodes.OperandsOf(k).ToArray();
            Assert.Equal(node.Operands.Length, operands.Length);
            for (var i = 0; i < operands.Length; i++)
            {
                Assert.Same(node.Operands[i], nodes.Order[operands[i]]);
                Assert.True(operands[i] < k);
            }
        }
        Assert.Equal([nodes.NumberOf(V("x")), nodes.NumberOf(V("y"))], nodes.Leaves.Order().ToArray());
        Assert.False(nodes.TryGetNumber(V("z"), out _));
        Assert.Throws<KeyNotFoundException>(() => nodes.NumberOf(V("z")));
    }

    [Fact]
    public void Numbering_OfAWideAndADeepDag_NumbersEveryDistinctNodeOnce()
    {
        // 20,000 nodes make the table grow many times while nodes are open on the walk's stack (a chain 5,000 deep).
        var chain = V("x");
        for (var i = 0; i < 5_000; i++) chain = Expr.Apply(FunctionTable.Get("sin"), [chain]);
        var wide = Expr.Add(Enumerable.Range(0, 5_000).Select(i => Expr.Multiply(Expr.Num(i + 2), V($"x{i}"))));
        var nodes = DagNumbering.Of([chain, wide, chain]);
        var distinct = ExprWalk.TopologicalOrder([chain, wide]);
        Assert.Equal(distinct.Count, nodes.Order.Count);
        Assert.Equal(distinct, nodes.Order);
        Assert.All(distinct, node => Assert.Same(node, nodes.Order[nodes.NumberOf(node)]));
        Assert.Equal(distinct.Count(node => node.Operands.Length == 0), nodes.Leaves.Count);
    }

    [Fact]
    public void Numbering_ReusedAfterALargeDag_ClearsWhatItHeld_AndFindsOnlyTheNewNodes()
    {
        // The large DAG leaves a table far bigger than the small ones after it, which clear only the slots they used.
        var nodes = DagNumbering.Of([Expr.Add(Enumerable.Range(0, 2_000).Select(i => Expr.Pow(V($"x{i}"), 2)))]);
        nodes.Clear();
        for (var round = 0; round < 3; round++)
        {
            nodes.Add([P($"x{round}*y + sin(y)")]);
            Assert.Equal(ExprWalk.TopologicalOrder(P($"x{round}*y + sin(y)")), nodes.Order);
            Assert.False(nodes.TryGetNumber(V("x1999"), out _));
            Assert.False(nodes.TryGetNumber(V($"x{round + 1}"), out _));
            nodes.Clear();
            Assert.False(nodes.TryGetNumber(V("y"), out _));
        }
    }

    [Fact]
    public void Numbering_AfterClear_HoldsNothingAndNumbersAnew()
    {
        var nodes = DagNumbering.Of([P("x*y + z")]);
        nodes.Clear();
        Assert.Empty(nodes.Order);
        Assert.Empty(nodes.Leaves);
        Assert.False(nodes.TryGetNumber(V("x"), out _));
        nodes.Add([P("x^2")]);
        Assert.Equal(["x", "2", "x^2"], nodes.Order.Select(Expressions.Print));
        Assert.Equal([0, 1], nodes.OperandsOf(2).ToArray());
    }

    [Fact]
    public void SparseHessianOver_ANumberingOfF_GivesWhatSparseHessianGives_WithTheVariablesInNaturalOrder()
    {
        var f = P("(1 - x0)^2 + 100*(x1 - x0^2)^2 + (1 - x1)^2 + 100*(x10 - x1^2)^2");
        var nodes = DagNumbering.Of([f]);
        var variables = Calculus.VariablesOf(nodes);
        Assert.Equal(["x0", "x1", "x10"], variables.Select(Expressions.Print));
        Assert.Equal(nodes.Order.Count, nodes.Count);
        Assert.Same(f, nodes.Nodes[nodes.NumberOf(f)]);
        Assert.Equal(Calculus.SparseHessian(f), Calculus.SparseHessianOver(nodes, f, variables));
    }

    [Fact]
    public void SparseHessianOver_AnFNotNumbered_OrARepeatedVariable_IsRefused()
    {
        var nodes = DagNumbering.Of([P("x*y")]);
        var notNumbered = Assert.Throws<ArgumentException>(() => Calculus.SparseHessianOver(nodes, P("x*z"), [V("x"), V("z")]));
        Assert.StartsWith("f is not among the numbered nodes", notNumbered.Message);
        var repeated = Assert.Throws<SymbolicException>(() => Calculus.SparseHessianOver(nodes, P("x*y"), [V("x"), V("y"), V("x")]));
        Assert.Equal("'x' appears twice in the variable list", repeated.Message);
    }
}

using Symbolic.Numbers;
using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests.Graphs;

public class ComputationGraphTests
{
    private static ComputationGraph At(string f, params (string Name, double Value)[] point) =>
        ComputationGraph.Of(P(f), point.ToDictionary(p => p.Name, p => p.Value));

    private static string Table(ComputationGraph g) =>
        string.Join("; ", g.Nodes.Select(n => $"{n} | {n.Value} | {n.Adjoint}"));

    [Fact]
    public void SeedGraph_ForwardAndBackwardPass_AreTheTextbookNumbers_AllExact()
    {
        var g = At("3*(a + b*c)", ("a", 5), ("b", 3), ("c", 2));
        Assert.Equal("a | 5 | 3; b | 3 | 6; c | 2 | 9; u1 = b*c | 6 | 3; u2 = a + u1 | 11 | 3; u3 = 3*u2 | 33 | 1", Table(g));
        Assert.All(g.Nodes, n => Assert.True(n.Value!.Value.IsExact && n.Adjoint!.Value.IsExact, n.Name));
        Assert.Equal(new Rational(33), g.Output.Value!.Value.Exact);
        Assert.Same(g.Output, g.Nodes[^1]);
    }

    [Fact]
    public void SeedGraph_Edges_CarryTheGateRulesAsLocalPartials()
    {
        var g = At("3*(a + b*c)", ("a", 5), ("b", 3), ("c", 2));
        var edges = g.Edges.Select(e => $"{e.From.Name}->{e.To.Name}: {e.Partial} = {e.PartialValue}, sends {e.Contribution}");
        Assert.Equal(
        [
            "b->u1: c = 2, sends 6", "c->u1: b = 3, sends 9",        // multiply: the other input
            "a->u2: 1 = 1, sends 3", "u1->u2: 1 = 1, sends 3",       // add: copies
            "u2->u3: 3 = 3, sends 3",
        ], edges);
    }

    [Fact]
    public void Adjoints_OfTheVariables_AreTheGradientAtThePoint()
    {
        var f = P("x^2*sin(y) + exp(x*y)/(1 + z^2) - atan2(y, z)");
        var point = new Dictionary<string, double> { ["x"] = 0.7, ["y"] = -1.3, ["z"] = 2.1 };
        var g = ComputationGraph.Of(f, point);
        var gradient = Calculus.Gradient(f);
        var variables = Calculus.VariablesOf(f);
        for (var i = 0; i < gradient.Length; i++)
        {
            var expected = Evaluator.Evaluate(gradient[i], point);
            var actual = g.Find(((Variable)variables[i]).Name)!.Adjoint!.Value.Value;
            Assert.Equal(expected, actual, 1e-12 * Math.Max(1, Math.Abs(expected)));
        }
        Assert.Equal(Evaluator.Evaluate(f, point), g.Output.Value!.Value.Value);
    }

    [Fact]
    public void MaxGate_WithATie_RoutesTheAdjointToTheFirstInput()
    {
        var g = At("max(a, b)*c", ("a", 2), ("b", 2), ("c", 5));
        var max = g.Nodes.Single(n => n.Function?.Name == "max");
        Assert.Equal([1, 0], max.Inputs.Select(e => e.PartialValue!.Value.Exact!.Value.ToDouble()));
        Assert.Equal("5", g.Find("a")!.Adjoint.ToString());
        Assert.Equal("0", g.Find("b")!.Adjoint.ToString());
        Assert.True(g.Find("b")!.Adjoint!.Value.IsExact);
    }

    [Fact]
    public void MaxGate_RoutesTheAdjointToTheLargerInput()
    {
        var g = At("max(a, b)", ("a", 1), ("b", 4));
        Assert.Equal(("0", "1"), (g.Find("a")!.Adjoint.ToString(), g.Find("b")!.Adjoint.ToString()));
    }

    [Fact]
    public void SharedNode_IsOneNode_WhoseAdjointSumsBothPaths()
    {
        var g = At("x*x + sin(x*x)", ("x", 0.5));
        var square = g.Nodes.Single(n => n.Expression == P("x^2"));
        Assert.Equal(2, square.Outputs.Count);                  // fan-out: into the sum and into sin
        Assert.Equal(4, g.Nodes.Count);                          // x, x^2, sin(x^2), the sum
        var expected = 1 + Math.Cos(0.25);
        Assert.Equal(expected, square.Adjoint!.Value.Value, 1e-15);
        Assert.Equal(square.Outputs.Sum(e => e.Contribution!.Value.Value), square.Adjoint!.Value.Value, 1e-15);
        Assert.Equal("1/4", square.Value.ToString());           // exact until sin makes it irrational
        Assert.False(g.Output.Value!.Value.IsExact);
        Assert.Equal(Evaluator.Evaluate(Calculus.Gradient(P("x*x + sin(x*x)"))[0], new Dictionary<string, double> { ["x"] = 0.5 }),
            g.Find("x")!.Adjoint!.Value.Value, 1e-15);
    }

    [Fact]
    public void RepeatedOperand_GetsOneEdgePerPosition()
    {
        var g = At("x^x", ("x", 2));
        var power = g.Output;
        Assert.Equal([0, 1], power.Inputs.Select(e => e.Position));
        Assert.All(power.Inputs, e => Assert.Same(g.Find("x"), e.From));
        // ∂/∂base = x*x^(x-1) = 4, ∂/∂exponent = x^x*log(x) = 4 log 2: the adjoint of x is their sum.
        Assert.Equal("4", power.Inputs[0].PartialValue.ToString());
        Assert.Equal(4 + 4 * Math.Log(2), g.Find("x")!.Adjoint!.Value.Value, 1e-14);
    }

    [Fact]
    public void Values_StayExactThroughRationalOperations_AndDecimalPointsReadAsDecimals()
    {
        var g = At("(x + y)/(x*y) - x^3", ("x", 0.1), ("y", 0.2));
        Assert.Equal(new Rational(14999, 1000), g.Output.Value!.Value.Exact);   // 15 - 1/1000
        Assert.All(g.Nodes, n => Assert.True(n.Adjoint!.Value.IsExact, n.Name));
    }

    [Fact]
    public void ExactPoint_GivesExactRationalValues()
    {
        var g = ComputationGraph.Of(P("x^2/3"), new Dictionary<string, Rational> { ["x"] = new(1, 3) });
        Assert.Equal(new Rational(1, 27), g.Output.Value!.Value.Exact);
        Assert.Equal(new Rational(2, 9), g.Find("x")!.Adjoint!.Value.Exact);
    }

    [Fact]
    public void WithoutAPoint_TheGraphHoldsFormulasAndPartialsOnly()
    {
        var g = ComputationGraph.Of(P("tanh(w*x + b)"));
        Assert.False(g.HasPoint);
        Assert.Equal(["b", "w", "x", "u1 = w*x", "u2 = b + u1", "u3 = tanh(u2)"], g.Nodes.Select(n => n.ToString()));
        Assert.Equal("1 - tanh(u2)^2", g.Output.Inputs.Single().Partial.ToString());
        Assert.All(g.Nodes, n => Assert.Null(n.Value));
        Assert.All(g.Edges, e => Assert.Null(e.PartialValue));
    }

    [Fact]
    public void ConstantSubexpressions_AreInlined_NotNodes()
    {
        var g = At("sqrt(2)*x + pi", ("x", 1));
        Assert.Equal(["x", "u1 = sqrt(2)*x", "u2 = pi + u1"], g.Nodes.Select(n => n.ToString()));
        Assert.Equal(Math.Sqrt(2), g.Find("x")!.Adjoint!.Value.Value, 1e-15);
    }

    [Fact]
    public void ConstantFunction_IsOneNode()
    {
        var g = At("2 + 3");
        Assert.Equal(GraphOperation.Constant, g.Output.Operation);
        Assert.Equal("5", g.Output.Value.ToString());
        Assert.Equal("1", g.Output.Adjoint.ToString());
    }

    [Fact]
    public void IntermediateNames_AvoidTheVariablesOfF()
    {
        var g = ComputationGraph.Of(P("u1*u2 + u1"));
        Assert.Equal(["u1", "u2", "v1 = u1*u2", "v2 = u1 + v1"], g.Nodes.Select(n => n.ToString()));
    }

    [Fact]
    public void HugeExactValues_FallBackToDoubles()
    {
        var g = At("x^10000", ("x", 3));
        Assert.False(g.Output.Value!.Value.IsExact);
        Assert.True(double.IsPositiveInfinity(g.Output.Value!.Value.Value));
    }

    [Fact]
    public void MissingVariable_IsAnErrorNamingIt()
    {
        var e = Assert.Throws<SymbolicException>(() => At("a*b", ("a", 1)));
        Assert.Contains("'b'", e.Message);
    }
}

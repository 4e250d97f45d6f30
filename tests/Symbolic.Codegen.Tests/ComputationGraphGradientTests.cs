namespace Symbolic.Codegen.Tests;

/// <summary>The computation graph's backward sweep against the compiled gradient, on a small neural network's loss.</summary>
public class ComputationGraphGradientTests
{
    // Two inputs, two tanh hidden units, one linear output, squared error against a target of 1/2.
    private const string TwoLayerTanhLoss =
        "(v1*tanh(w11*0.3 + w12*(-1.2) + b1) + v2*tanh(w21*0.3 + w22*(-1.2) + b2) + c - 0.5)^2";

    [Fact]
    public void TwoLayerTanhNetwork_Adjoints_EqualTheCompiledGradient()
    {
        var loss = Expressions.Parse(TwoLayerTanhLoss);
        var names = ExprWalk.Variables(loss);
        var random = new Random(19);
        var x = names.Select(_ => random.NextDouble() * 2 - 1).ToArray();
        var point = CompiledValueTests.Bindings(names, x);

        var graph = ComputationGraph.Of(loss, point);
        var compiledGradient = new double[names.Count];
        var compiledValue = Compiler.ValueAndGradient(loss)(x, compiledGradient);

        Assert.Equal(compiledValue, graph.Output.Value!.Value.Value, Tolerance.Relative(compiledValue));
        for (var i = 0; i < names.Count; i++)
            Assert.Equal(compiledGradient[i], graph.Find(names[i])!.Adjoint!.Value.Value, Tolerance.Relative(compiledGradient[i]));
        // Each hidden unit's tanh feeds one product; each shared weighted sum is one node.
        Assert.Equal(2, graph.Nodes.Count(n => n.Function?.Name == "tanh"));
        Assert.Equal(names.Count, graph.Nodes.Count(n => n.Operation == GraphOperation.Variable));
    }
}

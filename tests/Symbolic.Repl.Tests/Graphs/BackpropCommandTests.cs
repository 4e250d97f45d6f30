using Symbolic.Repl.Output;

namespace Symbolic.Repl.Tests.Graphs;

public class BackpropCommandTests
{
    private static CommandResult Run(Session session, string line)
    {
        var result = session.Run(line);
        Assert.True(result.Ok, result.Text);
        return result;
    }

    [Fact]
    public void Backprop_OfTheSeedGraph_PrintsTheForwardThenTheBackwardPass_Exactly()
    {
        var session = new Session();
        Run(session, "let J = 3*(a + b*c)");
        var result = Run(session, "backprop(J, a=5, b=3, c=2)");
        Assert.Equal(
        [
            "forward pass (inputs first):",
            "  node  value  computes",
            "  a     5      input",
            "  b     3      input",
            "  c     2      input",
            "  u1    6      b*c",
            "  u2    11     a + u1",
            "  J     33     3*u2",
            "",
            "backward pass (adjoint = ∂J/∂node, output first, variables last):",
            "  node  adjoint  how",
            "  J     1        output: ∂J/∂J = 1",
            "  u2    3        multiply takes the other input: ∂J/∂J · 3 = 1 · 3",
            "  u1    3        add copies ∂J/∂u2 = 3",
            "  a     3        add copies ∂J/∂u2 = 3",
            "  b     6        multiply takes the other input: ∂J/∂u1 · c = 3 · 2",
            "  c     9        multiply takes the other input: ∂J/∂u1 · b = 3 · 3",
            "",
            "gradient (a, b, c) = [3, 6, 9]: the variables' adjoints, equal to eval(grad(J), a=5, b=3, c=2)",
        ], result.Text.Split(Environment.NewLine));
        Assert.Equal("[3, 6, 9]", result.Value!.Print());
    }

    [Theory]
    [InlineData("let f(x, y) = x^2*sin(y) + exp(x*y)/(1 + y^2)", "x=0.7, y=-1.3")]
    [InlineData("let f(w, b) = (tanh(2*w + b) - 1/2)^2 + (tanh(-w + b) + 1/4)^2", "w=0.4, b=-0.2")]
    [InlineData("let f(a, b, c) = max(a, b)*c + abs(a - c) + log(1 + b^2)", "a=2, b=2, c=-1")]
    [InlineData("let f(x, y, z) = x^y + atan2(y, z)*sqrt(x)", "x=2, y=3, z=-4")]
    public void Backprop_Gradient_EqualsEvalOfGrad(string definition, string point)
    {
        var session = new Session();
        Run(session, definition);
        var adjoints = (List<object?>)Run(session, $"backprop(f, {point})").Value!.Numeric()!;
        var gradient = (List<object?>)Run(session, $"eval(grad(f), {point})").Value!.Numeric()!;
        Assert.Equal(gradient.Count, adjoints.Count);
        for (var i = 0; i < gradient.Count; i++)
        {
            var expected = (double)gradient[i]!;
            Assert.Equal(expected, (double)adjoints[i]!, 1e-12 * Math.Max(1, Math.Abs(expected)));
        }
    }

    [Fact]
    public void Backprop_MaxGateTie_RoutesToTheFirstInput_AndSaysSo()
    {
        var result = Run(new Session(), "backprop(max(a, b)*c, a=2, b=2, c=5)");
        Assert.Contains("  a     5        max routes ∂f/∂u1 to the first input on a tie = 5", result.Text);
        Assert.Contains("  b     0        max routes ∂f/∂u1 to the first input on a tie: 0", result.Text);
    }

    [Fact]
    public void Backprop_SharedNode_SumsItsFanOut()
    {
        var result = Run(new Session(), "backprop(x*x + sin(x*x), x=0.5)");
        Assert.Contains("  u1    ≈1.96891  fan-out sums 2 paths: [sin′: ∂f/∂u2 · cos(u1) = 1 · ≈0.968912] + [add copies ∂f/∂f = 1]", result.Text);
        Assert.Contains("  u1    1/4        x^2", result.Text);   // exact until sin makes it irrational
    }

    [Theory]
    [InlineData("backprop(a*b)", "backprop needs a value for every variable, e.g. backprop(e, a=1, b=1)")]
    [InlineData("backprop(a*b, a=1)", "backprop needs a value for every variable; 'b' has none (add b=1)")]
    [InlineData("backprop(a*b, a=1, b=2, z=3)", "'z' is not a variable of the function (its variables are a, b)")]
    [InlineData("backprop(a*b, a=1, b=q)", "the value of b must be a number, but it contains the variable 'q'")]
    public void Backprop_BadPoint_IsAClearError(string line, string message)
    {
        var result = new Session().Run(line);
        Assert.False(result.Ok);
        Assert.Equal(message, result.Text);
    }

    [Fact]
    public void Backprop_OfALongSum_KeepsEveryRowNarrow()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 200).Select(i => $"sin(x{i}*x{i + 1})"));
        var point = string.Join(", ", Enumerable.Range(0, 201).Select(i => $"x{i}={i % 5}"));
        var result = Run(new Session(), $"backprop({terms}, {point})");
        var rows = result.Text.Split(Environment.NewLine);
        Assert.Equal(1, rows.Where(r => r.StartsWith("  ", StringComparison.Ordinal)).Count(r => r.Length > 200));   // the sum: its formula comes last
    }

    [Fact]
    public void Json_CarriesTheGraphsNodesAndEdges_WithExactValues()
    {
        var json = JsonOutput.Format(Run(new Session(), "backprop(3*(a + b*c), a=5, b=3, c=2)"));
        Assert.Contains("\"value\": [3, 6, 9], \"graph\": {\"output\":\"f\",\"nodes\":[{\"name\":\"a\",\"operation\":\"input\",\"formula\":null,\"value\":5,\"exact_value\":\"5\",\"adjoint\":3,\"exact_adjoint\":\"3\"}", json);
        Assert.Contains("{\"name\":\"f\",\"operation\":\"×\",\"formula\":\"3*u2\",\"value\":33,\"exact_value\":\"33\",\"adjoint\":1,\"exact_adjoint\":\"1\"}", json);
        Assert.Contains("{\"from\":\"b\",\"to\":\"u1\",\"partial\":\"c\",\"partial_value\":2,\"exact_partial_value\":\"2\",\"flow\":6}", json);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(5, document.RootElement.GetProperty("graph").GetProperty("edges").GetArrayLength());
    }
}

using System.Xml.Linq;

namespace Symbolic.Repl.Tests.Graphs;

public class GraphDrawingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // The drawing's monospaced font advances 0.602 em (DejaVu Sans Mono): 7.83 px at 13 px, 7.22 px at 12 px.
    // The drawing sizes its boxes with 7.9 and 7.3; text must fit those boxes at the font's real width.
    private const double NodeCharWidth = 7.83, LabelCharWidth = 7.22;

    private readonly string directory = SymdiffProcess.TempDirectory();

    private XDocument Draw(string line)
    {
        var result = new Session(directory).Run(line);
        Assert.True(result.Ok, result.Text);
        var path = result.Text.Split(' ')[1].TrimEnd(':');
        return XDocument.Load(path);
    }

    private static IEnumerable<XElement> Nodes(XDocument svg) =>
        svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node");

    private static string Title(XElement element) => element.Element(Svg + "title")!.Value;

    private static (double X, double Y, double W, double H) Rect(XElement rect) =>
        (D(rect, "x"), D(rect, "y"), D(rect, "width"), D(rect, "height"));

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void SeedGraph_ShowsEveryNodeOnce_WithItsValueAndAdjoint()
    {
        var svg = Draw("graph(3*(a + b*c), a=5, b=3, c=2, out=seed)");
        var nodes = Nodes(svg).ToDictionary(Title, g => g.Elements(Svg + "text").Select(t => t.Value).ToArray());
        Assert.Equal(["a", "b", "c", "u1 = b*c", "u2 = a + u1", "f = 3*u2"], nodes.Keys);
        Assert.Equal(["f = 3*u2", "value = 33", "∂f/∂f = 1"], nodes["f = 3*u2"]);
        Assert.Equal(["b", "value = 3", "∂f/∂b = 6"], nodes["b"]);
        Assert.Equal(["c", "value = 2", "∂f/∂c = 9"], nodes["c"]);
        Assert.Equal(5, svg.Descendants(Svg + "path").Count(p => (string?)p.Attribute("class") == "edge"));
        Assert.All(Nodes(svg).SelectMany(g => g.Elements(Svg + "text")).Where(t => (string?)t.Attribute("class") == "value"),
            t => Assert.Equal("#1f5fbf", (string?)t.Attribute("fill")));
        Assert.All(Nodes(svg).SelectMany(g => g.Elements(Svg + "text")).Where(t => (string?)t.Attribute("class") == "adjoint"),
            t => Assert.Equal("#c62828", (string?)t.Attribute("fill")));
    }

    [Fact]
    public void SharedNode_IsDrawnOnce_WithBothOutgoingEdges()
    {
        var svg = Draw("graph(x*x + sin(x*x), x=0.5, out=shared, edges=true)");
        var square = Assert.Single(Nodes(svg), g => Title(g) == "u1 = x^2");
        Assert.Contains("∂f/∂u1 ≈ 1.96891", square.Elements(Svg + "text").Select(t => t.Value));
        var edges = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "edge").Select(Title).ToList();
        Assert.Equal(2, edges.Count(t => t.StartsWith("u1 → ", StringComparison.Ordinal)));
        Assert.Contains("∂u2/∂u1 = cos(u1) ≈ 0.968912", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void WithoutAPoint_TheDrawingShowsFormulasOnly()
    {
        var svg = Draw("graph(tanh(w*x + b), out=formulas, edges=true)");
        Assert.DoesNotContain(svg.Descendants(Svg + "text"), t => (string?)t.Attribute("class") is "value" or "adjoint");
        Assert.Contains("∂f/∂u2 = 1 - tanh(u2)^2", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Theory]
    [InlineData("graph(3*(a + b*c), a=5, b=3, c=2, edges=true, out=g1)")]
    [InlineData("graph(max(a, b)*c + x^x, a=2, b=2, c=5, x=2, edges=true, out=g2)")]
    [InlineData("graph((v1*tanh(w11*0.3 - 1.2*w12 + b1) + v2*tanh(0.3*w21 - 1.2*w22 + b2) + c - 0.5)^2, edges=true, out=g3)")]
    [InlineData("graph(tanh(w1*tanh(w2*tanh(w3*x + b3) + b2) + b1) + (w1*x - 1)^2 + exp(-w2^2), edges=true, out=g4)")]
    public void NoTwoBoxesOrLabelsOverlap_AndEveryTextFitsItsBox(string line)
    {
        var svg = Draw(line);
        var boxes = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") is "node" or "edge-label").Select(Rect).ToList();
        Assert.True(boxes.Count > 5);
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
                Assert.False(overlap, $"boxes {a} and {b} overlap");
            }
        foreach (var group in svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") is "node" or "edge-label"))
        {
            var box = Rect(group.Element(Svg + "rect")!);
            var charWidth = (string?)group.Attribute("class") == "node" ? NodeCharWidth : LabelCharWidth;
            foreach (var text in group.Elements(Svg + "text"))
            {
                var (x, baseline) = (D(text, "x"), D(text, "y"));
                Assert.True(x >= box.X && x + text.Value.Length * charWidth <= box.X + box.W, $"'{text.Value}' sticks out of its box sideways");
                Assert.True(baseline - 11 >= box.Y && baseline + 3 <= box.Y + box.H, $"'{text.Value}' sticks out of its box vertically");
            }
        }
        Assert.All(boxes, b => Assert.True(b.Y > 56, "a box under the title and legend"));
    }

    [Fact]
    public void GraphsAboveTheLimit_AreRefused_ButDotStillWorks()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 60).Select(i => $"sin(x{i}*x{i + 1})"));
        var session = new Session(directory);
        var refused = session.Run($"graph({terms})");
        Assert.False(refused.Ok);
        Assert.Equal("the graph has 182 nodes, more than the 150 a drawing shows legibly; backprop(...) prints it node by node, " +
                     "and format=\"dot\" writes it for Graphviz", refused.Text);
        var dot = session.Run($"graph({terms}, format=\"dot\", out=big)");
        Assert.True(dot.Ok, dot.Text);
        var text = File.ReadAllText(Path.Combine(directory, "big.dot"));
        Assert.Equal(240, text.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Dot_HoldsTheNodesValuesAdjointsAndPartials()
    {
        var result = new Session(directory).Run("graph(3*(a + b*c), a=5, b=3, c=2, format=\"dot\", edges=true, out=seed)");
        Assert.True(result.Ok, result.Text);
        var dot = File.ReadAllText(Path.Combine(directory, "seed.dot"));
        Assert.Contains("rankdir=LR;", dot);
        Assert.Contains("\"u1\" [label=<<B>u1 = b*c</B><BR/><FONT COLOR=\"#1f5fbf\">value = 6</FONT><BR/><FONT COLOR=\"#c62828\">∂f/∂u1 = 3</FONT>>];", dot);
        Assert.Contains("\"b\" -> \"u1\" [label=\"c = 2\"];", dot);
    }

    [Theory]
    [InlineData("graph(a*b, edges=maybe)", "edges= takes true or false")]
    [InlineData("graph(a*b, format=\"png\")", "format= takes \"svg\" (the default) or \"dot\" (Graphviz)")]
    [InlineData("graph(a*b, a=1, c=2)", "'c' is not a variable of the function (its variables are a, b); the options are out=, edges=, format=")]
    public void BadOptions_AreClearErrors(string line, string message)
    {
        var result = new Session(directory).Run(line);
        Assert.False(result.Ok);
        Assert.Equal(message, result.Text);
    }
}

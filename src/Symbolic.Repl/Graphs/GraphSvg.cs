using System.Globalization;
using System.Xml.Linq;
using Symbolic.Repl.Plots;

namespace Symbolic.Repl.Graphs;

/// <summary>
/// A computation graph drawn left to right as SVG: inputs on the left, f on the right, one box per node (a shared
/// node once, with all its edges) showing what it computes, its value (blue) and its adjoint (red), and with
/// <c>edges=true</c> each edge's local partial. Text is monospaced so box and label sizes are known exactly enough
/// to keep every label inside its box and no two boxes overlapping.
/// </summary>
internal static class GraphSvg
{
    public const int MaxNodes = 150;

    private const string Font = "DejaVu Sans Mono, Menlo, Consolas, monospace";
    private const double CharWidth = 7.9, LineHeight = 17, PadX = 8, PadY = 6, FontSize = 13;
    private const double LabelCharWidth = 7.3, LabelHeight = 16, LabelFontSize = 12;
    private const double LegendCharWidth = 6.8;
    private const double HeaderHeight = 64, WrapAt = 34;
    private const string ValueColour = "#1f5fbf", AdjointColour = "#c62828", PartialColour = "#6a3d9a", EdgeColour = "#8a8a8a";

    /// <summary>Draws <paramref name="graph"/>; <paramref name="title"/> heads the drawing.</summary>
    public static XDocument Draw(NamedGraph graph, string title, bool showPartials)
    {
        var nodes = graph.Nodes;
        var edges = graph.Graph.Edges;
        var edgeIndex = edges.Select(e => (e.From.Index, e.To.Index)).ToList();
        var texts = nodes.Select(n => Lines(graph, n)).ToList();
        var sizes = texts.Select(lines => (lines.Max(l => l.Text.Length) * CharWidth + 2 * PadX, lines.Count * LineHeight + 2 * PadY)).ToList();
        var labelTexts = edges.Select(e => showPartials ? PartialLabel(graph, e) : null).ToList();
        var labelSizes = labelTexts.Select(t => t is null ? ((double, double)?)null : (t.Length * LabelCharWidth + 8, LabelHeight)).ToList();
        var geometry = LayoutGeometry.Of(LayeredLayout.Of(nodes.Count, edgeIndex), sizes, edgeIndex, labelSizes);

        var svg = SvgCanvas.Svg;
        var legend = Legend(graph, showPartials);
        var width = Math.Max(geometry.Width, Math.Max(title.Length * 8.4 + 32, legend.Sum(l => l.Text.Length * LegendCharWidth + 36) + 16));
        var height = geometry.Height + HeaderHeight;
        var root = new XElement(svg + "svg",
            new XAttribute("width", F(width)), new XAttribute("height", F(height)), new XAttribute("viewBox", $"0 0 {F(width)} {F(height)}"),
            new XAttribute("font-family", Font), new XAttribute("font-size", FontSize),
            new XElement(svg + "defs",
                new XElement(svg + "marker", new XAttribute("id", "graph-arrow"), new XAttribute("viewBox", "0 0 10 10"),
                    new XAttribute("refX", 10), new XAttribute("refY", 5), new XAttribute("markerWidth", 7), new XAttribute("markerHeight", 7),
                    new XAttribute("orient", "auto"),
                    new XElement(svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z"), new XAttribute("fill", EdgeColour)))),
            new XElement(svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "white")),
            Text(16, 24, title, "#222", "title", 15, "sans-serif"));

        var legendGroup = new XElement(svg + "g", new XAttribute("class", "legend"));
        var x = 16.0;
        foreach (var (text, colour) in legend)
        {
            legendGroup.Add(new XElement(svg + "rect", A("x", x), A("y", 38), A("width", 12), A("height", 12), new XAttribute("fill", colour)));
            legendGroup.Add(Text(x + 18, 48.5, text, "#222", "legend-text", 12, "sans-serif"));
            x += text.Length * LegendCharWidth + 36;
        }
        root.Add(legendGroup);

        var edgeGroup = new XElement(svg + "g", new XAttribute("class", "edges"), new XAttribute("fill", "none"), new XAttribute("stroke", EdgeColour), new XAttribute("stroke-width", 1.4));
        for (var e = 0; e < edges.Count; e++)
            edgeGroup.Add(new XElement(svg + "path", new XAttribute("class", "edge"), new XAttribute("d", PathData(geometry.Routes[e])),
                new XAttribute("marker-end", "url(#graph-arrow)"),
                new XElement(svg + "title", $"{graph.Name(edges[e].From)} → {graph.Name(edges[e].To)}: ∂{graph.Name(edges[e].To)}/∂{graph.Name(edges[e].From)} = {Expressions.Print(edges[e].Partial)}")));
        root.Add(edgeGroup);

        var labelGroup = new XElement(svg + "g", new XAttribute("class", "edge-labels"));
        for (var e = 0; e < edges.Count; e++)
            if (geometry.Labels[e] is { } box)
                labelGroup.Add(new XElement(svg + "g", new XAttribute("class", "edge-label"),
                    BoxRect(box, "edge-label", "white", "#d9cfe6", 3),
                    Text(box.X + 4, box.Y + HeaderHeight + 12, labelTexts[e]!, PartialColour, "partial", LabelFontSize)));
        root.Add(labelGroup);

        var nodeGroup = new XElement(svg + "g", new XAttribute("class", "nodes"));
        for (var n = 0; n < nodes.Count; n++)
        {
            var box = geometry.Nodes[n];
            var node = nodes[n];
            var fill = node.Operation == GraphOperation.Variable ? "#fff6d5" : ReferenceEquals(node, graph.Graph.Output) ? "#e8f5e9" : "#f4f4f4";
            var group = new XElement(svg + "g", new XAttribute("class", "node"), new XAttribute("id", "node-" + graph.Name(node)),
                new XElement(svg + "title", graph.Definition(node)), BoxRect(box, "node", fill, "#444", 6));
            for (var i = 0; i < texts[n].Count; i++)
            {
                var (text, kind) = texts[n][i];
                var colour = kind switch { "value" => ValueColour, "adjoint" => AdjointColour, _ => "#111" };
                var line = Text(box.X + PadX, box.Y + HeaderHeight + PadY + LineHeight * i + 13, text, colour, kind, FontSize);
                if (kind == "formula" && i == 0) line.Add(new XAttribute("font-weight", "bold"));
                group.Add(line);
            }
            nodeGroup.Add(group);
        }
        root.Add(nodeGroup);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    // What a box says: what the node computes (wrapped), then its value and its adjoint when there is a point.
    private static List<(string Text, string Kind)> Lines(NamedGraph graph, GraphNode node)
    {
        var lines = Wrap(graph.Definition(node)).Select(l => (l, "formula")).ToList();
        if (node.Value is not null) lines.Add(($"value {NamedGraph.Equation(node.Value)}", "value"));
        if (node.Adjoint is not null) lines.Add(($"{graph.AdjointName(node)} {NamedGraph.Equation(node.Adjoint)}", "adjoint"));
        return lines;
    }

    private static IEnumerable<string> Wrap(string text)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > WrapAt)
            {
                yield return line;
                line = "  " + word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        yield return line;
    }

    private static string PartialLabel(NamedGraph graph, GraphEdge edge)
    {
        var formula = Expressions.Print(edge.Partial);
        // x^x has two edges from x: each label says which operand it differentiates by.
        var which = edge.To.Inputs.Count(e => ReferenceEquals(e.From, edge.From)) < 2 ? ""
            : edge.To.Operation == GraphOperation.Power ? (edge.Position == 0 ? " (base)" : " (exponent)") : $" (argument {edge.Position + 1})";
        var name = $"∂{graph.Name(edge.To)}/∂{graph.Name(edge.From)}{which} = {formula}";
        var value = NamedGraph.Number(edge.PartialValue);
        return value.Length == 0 || value == formula ? name : $"{name} {NamedGraph.Equation(edge.PartialValue)}";
    }

    private static List<(string Text, string Colour)> Legend(NamedGraph graph, bool showPartials)
    {
        var entries = new List<(string, string)>();
        if (graph.Graph.HasPoint)
        {
            entries.Add(("value: forward pass", ValueColour));
            entries.Add(($"{graph.AdjointName(graph.Graph.Output)[..^graph.OutputName.Length]}node: backward pass (adjoint)", AdjointColour));
        }
        if (showPartials) entries.Add(("edge: local partial", PartialColour));
        return entries;
    }

    // A straight run within each column, a curve with horizontal ends across each gap.
    private static string PathData(List<(double X, double Y)> route)
    {
        var d = new System.Text.StringBuilder($"M {F(route[0].X)} {F(route[0].Y + HeaderHeight)}");
        for (var i = 0; i + 1 < route.Count; i++)
        {
            var (a, b) = (route[i], route[i + 1]);
            if (i % 2 == 0) d.Append($" L {F(b.X)} {F(b.Y + HeaderHeight)}");
            else
            {
                var mid = (a.X + b.X) / 2;
                d.Append($" C {F(mid)} {F(a.Y + HeaderHeight)}, {F(mid)} {F(b.Y + HeaderHeight)}, {F(b.X)} {F(b.Y + HeaderHeight)}");
            }
        }
        return d.ToString();
    }

    private static XElement BoxRect(Box box, string cssClass, string fill, string stroke, double radius) =>
        new(SvgCanvas.Svg + "rect", new XAttribute("class", cssClass), A("x", box.X), A("y", box.Y + HeaderHeight),
            A("width", box.Width), A("height", box.Height), A("rx", radius), new XAttribute("fill", fill), new XAttribute("stroke", stroke));

    private static XElement Text(double x, double y, string text, string colour, string cssClass, double size, string? family = null)
    {
        var element = new XElement(SvgCanvas.Svg + "text", new XAttribute("class", cssClass), A("x", x), A("y", y),
            new XAttribute("fill", colour), A("font-size", size), new XAttribute(XNamespace.Xml + "space", "preserve"), text);
        if (family is not null) element.Add(new XAttribute("font-family", family));
        return element;
    }

    private static XAttribute A(string name, double value) => new(name, F(value));

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

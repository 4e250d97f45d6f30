using System.Net;
using System.Text;

namespace Symbolic.Repl.Graphs;

/// <summary>
/// The graph as Graphviz DOT, left to right, for users who prefer Graphviz's layout: the same boxes as the SVG
/// (HTML-like labels, values blue, adjoints red) and, when asked, each edge's local partial.
/// </summary>
internal static class GraphDot
{
    public static string Write(NamedGraph graph, string title, bool showPartials)
    {
        var dot = new StringBuilder();
        dot.AppendLine("digraph computation {");
        dot.AppendLine("  rankdir=LR;");
        dot.AppendLine($"  label={Quote(title)}; labelloc=t;");
        dot.AppendLine("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f4f4\", fontname=\"DejaVu Sans Mono\"];");
        dot.AppendLine("  edge [color=\"#8a8a8a\", fontname=\"DejaVu Sans Mono\", fontcolor=\"#6a3d9a\"];");
        foreach (var node in graph.Nodes)
        {
            var label = new StringBuilder($"<B>{Html(graph.Definition(node))}</B>");
            if (node.Value is not null) label.Append($"<BR/><FONT COLOR=\"#1f5fbf\">value {Html(NamedGraph.Equation(node.Value))}</FONT>");
            if (node.Adjoint is not null) label.Append($"<BR/><FONT COLOR=\"#c62828\">{Html(graph.AdjointName(node))} {Html(NamedGraph.Equation(node.Adjoint))}</FONT>");
            var fill = node.Operation == GraphOperation.Variable ? ", fillcolor=\"#fff6d5\"" : "";
            dot.AppendLine($"  {Quote(graph.Name(node))} [label=<{label}>{fill}];");
        }
        foreach (var edge in graph.Graph.Edges)
        {
            var label = "";
            if (showPartials)
            {
                var partial = Expressions.Print(edge.Partial);
                var value = NamedGraph.Number(edge.PartialValue);
                label = $" [label={Quote(value.Length == 0 || value == partial ? partial : $"{partial} {NamedGraph.Equation(edge.PartialValue)}")}]";
            }
            dot.AppendLine($"  {Quote(graph.Name(edge.From))} -> {Quote(graph.Name(edge.To))}{label};");
        }
        dot.AppendLine("}");
        return dot.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}

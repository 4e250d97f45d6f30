using System.Text;

namespace Symbolic.Repl.Graphs;

/// <summary>
/// The forward pass and then the backward pass of a computation graph, as two aligned text tables. The column
/// of unbounded width (a formula, a rule) comes last and is not padded, so one long sum does not widen every row.
/// </summary>
internal static class BackpropTable
{
    public static string Format(NamedGraph graph)
    {
        var nodes = graph.Nodes;
        var text = new StringBuilder();
        text.AppendLine("forward pass (inputs first):");
        Rows(text, ["node", "value", "computes"], nodes.Select(n => new[]
        {
            graph.Name(n),
            NamedGraph.Number(n.Value),
            n.Operation == GraphOperation.Variable ? "input" : Expressions.Print(n.Formula),
        }));
        text.AppendLine();
        text.AppendLine($"backward pass (adjoint = ∂{graph.OutputName}/∂node, output first, variables last):");
        var backward = nodes.Where(n => n.Operation != GraphOperation.Variable).Reverse()
            .Concat(nodes.Where(n => n.Operation == GraphOperation.Variable));
        Rows(text, ["node", "adjoint", "how"], backward.Select(n => new[] { graph.Name(n), NamedGraph.Number(n.Adjoint), graph.How(n) }));
        return text.ToString().TrimEnd();
    }

    private static void Rows(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
            text.AppendLine(("  " + string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c])))).TrimEnd());
    }
}

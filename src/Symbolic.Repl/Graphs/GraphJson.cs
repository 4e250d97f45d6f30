using System.Text.Json.Nodes;

namespace Symbolic.Repl.Graphs;

/// <summary>
/// The graph as <c>--json</c> reports it: nodes in topological order with formula, value and adjoint, and edges
/// with their local partial and what flows back along them. Numbers are doubles (null when not finite, or without
/// a point), with the exact text beside them when known.
/// </summary>
internal static class GraphJson
{
    public static JsonObject Of(NamedGraph graph) => new()
    {
        ["output"] = graph.OutputName,
        ["nodes"] = new JsonArray(graph.Nodes.Select(n => (JsonNode)new JsonObject
        {
            ["name"] = graph.Name(n),
            ["operation"] = NamedGraph.Symbol(n),
            ["formula"] = n.Operation == GraphOperation.Variable ? null : Expressions.Print(n.Formula),
            ["value"] = Double(n.Value),
            ["exact_value"] = Exact(n.Value),
            ["adjoint"] = Double(n.Adjoint),
            ["exact_adjoint"] = Exact(n.Adjoint),
        }).ToArray()),
        ["edges"] = new JsonArray(graph.Graph.Edges.Select(e => (JsonNode)new JsonObject
        {
            ["from"] = graph.Name(e.From),
            ["to"] = graph.Name(e.To),
            ["partial"] = Expressions.Print(e.Partial),
            ["partial_value"] = Double(e.PartialValue),
            ["exact_partial_value"] = Exact(e.PartialValue),
            ["flow"] = Double(e.Contribution),
        }).ToArray()),
    };

    private static JsonNode? Double(GraphNumber? number) => number is { Value: var d } && double.IsFinite(d) ? JsonValue.Create(d) : null;

    private static JsonNode? Exact(GraphNumber? number) => number?.Exact is { } exact ? JsonValue.Create(exact.ToString()) : null;
}

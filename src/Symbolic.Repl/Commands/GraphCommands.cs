using Symbolic.Numbers;
using Symbolic.Repl.Graphs;
using Symbolic.Repl.Values;
using Symbolic.Syntax;

namespace Symbolic.Repl.Commands;

/// <summary><c>backprop</c> (forward and backward pass as tables) and <c>graph</c> (the DAG drawn, or as DOT).</summary>
internal static class GraphCommands
{
    private static readonly string[] GraphOptions = ["out", "edges", "format"];

    public static Outcome Backprop(CommandCall call)
    {
        call.RequirePositional(1, 1, "backprop(e, x=1, y=2)");
        var (graph, f) = Build(call, []);
        if (!graph.Graph.HasPoint)
            throw ReplErrors.BackpropNeedsPoint(
                $"backprop({(call.Positional[0] is IdentifierSyntax ? graph.OutputName : "e")}, {string.Join(", ", ExprWalk.Variables(f).Select(v => v + "=1"))})", call.NameSpan, call.Source);
        var variables = call.Interpreter.VariablesFor(call.Positional[0], f);
        var gradient = variables.Select(v => graph.Graph.Find(((Variable)v).Name)?.Adjoint ?? new GraphNumber(0, Rational.Zero)).ToArray();
        var value = new VectorValue(gradient.Select(g => g.Exact is { } r ? (ReplValue)new ScalarValue(Expr.Num(r)) : new RealValue(g.Value)).ToArray());
        var bindings = string.Join(", ", call.Named.Select(a => $"{a.Name}={NamedGraph.Number(graph.Graph.Find(a.Name!)?.Value)}"));
        var named = call.Positional[0] is IdentifierSyntax;
        var text = BackpropTable.Format(graph) + Environment.NewLine + Environment.NewLine +
                   $"gradient ({string.Join(", ", variables)}) = {value.Print()}: the variables' adjoints, " +
                   $"equal to eval(grad({(named ? graph.OutputName : "e")}), {bindings}){(named ? "" : " for e the formula above")}";
        return new Outcome(value, text) { Details = ("graph", GraphJson.Of(graph)) };
    }

    public static Outcome Graph(CommandCall call)
    {
        call.RequirePositional(1, 1, "graph(e[, x=1, y=2][, out=name][, edges=true][, format=\"dot\"])");
        var (graph, f) = Build(call, GraphOptions);
        var dot = Format(call);
        var partials = call.Flag("edges", false);
        var count = graph.Nodes.Count;
        if (!dot && count > GraphSvg.MaxNodes)
            throw ReplErrors.GraphTooLarge(count, GraphSvg.MaxNodes, call.NameSpan, call.Source);
        var point = string.Join(", ", call.Named.Where(a => !GraphOptions.Contains(a.Name)).Select(a => $"{a.Name}={NamedGraph.Number(graph.Graph.Find(a.Name!)?.Value)}"));
        var title = $"{graph.OutputName} = {Expressions.Print(f)}" + (graph.Graph.HasPoint ? (point.Length > 0 ? $" at {point}" : "") : " (formulas only; give a point for values and adjoints)");
        if (title.Length > 160) title = title[..159] + "…";
        var path = PlotCommands.OutputPath(call, dot ? ".dot" : ".svg", "graph");
        if (dot) File.WriteAllText(path, GraphDot.Write(graph, title, partials));
        else GraphSvg.Draw(graph, title, partials).Save(path);
        var shown = graph.Graph.HasPoint ? $"values in blue, adjoints ∂{graph.OutputName}/∂node in red" : "formulas only";
        return new Outcome(null, $"wrote {path}: {count} nodes, {graph.Graph.Edges.Count} edges; {shown}{(partials ? ", local partials on the edges" : "")}")
        {
            Details = ("graph", GraphJson.Of(graph)),
        };
    }

    // format="dot" or format="svg" (the default).
    private static bool Format(CommandCall call)
    {
        if (call.Option("format") is not { } node) return false;
        var text = node is IdentifierSyntax id ? call.Interpreter.Session.Strings.Text(id.Name) ?? id.Name : null;
        return text switch
        {
            "dot" => true,
            "svg" => false,
            _ => throw ReplErrors.GraphFormat(node.Span, call.Source),
        };
    }

    // The graph of the first argument at the point the named arguments give (all but the command's options).
    private static (NamedGraph Graph, Expr F) Build(CommandCall call, string[] options)
    {
        var node = call.Positional[0];
        var point = call.Named.Where(a => !options.Contains(a.Name)).ToList();
        // The point's names are variables in f, whatever the session defines under them (as in eval).
        var f = call.Interpreter.WithVariables(point.Select(a => a.Name!), () => call.Interpreter.Scalar(node, $"the first argument of {call.Syntax.Name}"));
        var variables = ExprWalk.Variables(f);
        foreach (var argument in point)
            if (!variables.Contains(argument.Name!))
            {
                var known = variables.Count == 0 ? "it has no variables" : $"its variables are {string.Join(", ", variables)}";
                var hint = options.Length == 0 ? "" : $"; the options are {string.Join(", ", options.Select(o => o + "="))}";
                throw ReplErrors.NotAVariableOfFunction(argument.Name!, known, hint, argument.Span, call.Source);
            }
        var name = OutputName(node, variables);
        if (point.Count == 0 && variables.Count > 0) return (new NamedGraph(ComputationGraph.Of(f), name), f);
        if (variables.FirstOrDefault(v => point.All(a => a.Name != v)) is { } missing)
            throw ReplErrors.MissingValue(call.Syntax.Name, missing, call.NameSpan, call.Source);
        var exact = new Dictionary<string, Rational>(StringComparer.Ordinal);
        var doubles = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var argument in point)
        {
            var value = call.Interpreter.Scalar(argument.Value, $"the value of {argument.Name}");
            if (ExprWalk.Variables(value) is [var first, ..])
                throw ReplErrors.MustBeNumber($"the value of {argument.Name}", first, argument.Value.Span, call.Source);
            if (value is Number n) exact[argument.Name!] = n.Value;
            doubles[argument.Name!] = Evaluator.Evaluate(value, new Dictionary<string, double>());
        }
        var graph = exact.Count == doubles.Count ? ComputationGraph.Of(f, exact) : ComputationGraph.Of(f, doubles);
        return (new NamedGraph(graph, name), f);
    }

    // backprop(J, …) calls the output J; a formula typed in place is f (unless f is one of its variables).
    private static string OutputName(SyntaxNode node, IReadOnlyList<string> variables)
    {
        if (node is IdentifierSyntax id && !variables.Contains(id.Name)) return id.Name;
        return variables.Contains("f") ? "output" : "f";
    }
}

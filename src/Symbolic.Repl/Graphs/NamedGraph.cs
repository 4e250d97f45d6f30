using System.Globalization;

namespace Symbolic.Repl.Graphs;

/// <summary>
/// A computation graph as the REPL shows it: the output called by the name the user gave it (<c>J</c> for
/// <c>backprop(J, …)</c>, else <c>f</c>), numbers written exactly or marked as rounded, and the gate rule that
/// produced each adjoint. The table, the drawing, DOT and JSON all take their texts from here.
/// </summary>
internal sealed class NamedGraph(ComputationGraph graph, string outputName)
{
    public ComputationGraph Graph { get; } = graph;

    public string OutputName { get; } = outputName;

    public IReadOnlyList<GraphNode> Nodes => Graph.Nodes;

    public string Name(GraphNode node) => ReferenceEquals(node, Graph.Output) ? OutputName : node.Name;

    /// <summary><c>u1 = b*c</c>; a variable is its name.</summary>
    public string Definition(GraphNode node) => node.Operation == GraphOperation.Variable ? node.Name : $"{Name(node)} = {Expressions.Print(node.Formula)}";

    /// <summary><c>∂J/∂u1</c>.</summary>
    public string AdjointName(GraphNode node) => $"∂{OutputName}/∂{Name(node)}";

    /// <summary>An exact number as the REPL prints it (<c>33</c>, <c>-3/10</c>); a rounded one with ≈ and 6 digits.</summary>
    public static string Number(GraphNumber? number) => number switch
    {
        null => "",
        { Exact: { } exact } => exact.ToString(),
        { Value: var d } when !double.IsFinite(d) => Values.NumberFormat.Shortest(d),
        { Value: var d } => "≈" + d.ToString("G6", CultureInfo.InvariantCulture),
    };

    /// <summary><c>= 3</c> for an exact number, <c>≈ 0.841471</c> for a rounded one.</summary>
    public static string Equation(GraphNumber? number) => Number(number) is var text && text.StartsWith('≈') ? "≈ " + text[1..] : "= " + text;

    /// <summary>The short name of what a node computes, for the drawing: <c>+</c>, <c>×</c>, <c>^</c>, <c>tanh</c>.</summary>
    public static string Symbol(GraphNode node) => node.Operation switch
    {
        GraphOperation.Add => "+",
        GraphOperation.Multiply => "×",
        GraphOperation.Power => "^",
        GraphOperation.Function => node.Function!.Name,
        GraphOperation.Constant => "constant",
        _ => "input",
    };

    /// <summary>How the adjoint of <paramref name="node"/> arose: the output's seed, one gate rule, or a fan-out's sum.</summary>
    public string How(GraphNode node)
    {
        if (ReferenceEquals(node, Graph.Output)) return $"output: {AdjointName(node)} = 1";
        var paths = node.Outputs.Select(Rule).ToList();
        return paths.Count == 1 ? paths[0] : $"fan-out sums {paths.Count} paths: " + string.Join(" + ", paths.Select(p => $"[{p}]"));
    }

    /// <summary>What one edge sends back to its operand, as the gate rule of the node using it.</summary>
    public string Rule(GraphEdge edge)
    {
        var user = edge.To;
        var upstream = AdjointName(user);
        var (adjoint, partial) = (Number(user.Adjoint), Number(edge.PartialValue));
        var formula = Expressions.Print(edge.Partial);
        var times = Graph.HasPoint ? $"{upstream} · {formula} = {adjoint} · {partial}" : $"{upstream} · {formula}";
        if (user.Function?.Name is "max" or "min" && Graph.HasPoint)
        {
            var larger = user.Function.Name == "max" ? "larger" : "smaller";
            var tie = user.Inputs.Count == 2 && user.Inputs[0].From.Value == user.Inputs[1].From.Value;
            var routed = edge.PartialValue!.Value.Value != 0;
            return (routed, tie) switch
            {
                (true, true) => $"{user.Function.Name} routes {upstream} to the first input on a tie = {adjoint}",
                (true, false) => $"{user.Function.Name} routes {upstream} to the {larger} input = {adjoint}",
                (false, true) => $"{user.Function.Name} routes {upstream} to the first input on a tie: 0",
                _ => $"{user.Function.Name} routes {upstream} to the {larger} input, not this one: 0",
            };
        }
        return user.Operation switch
        {
            GraphOperation.Add => Graph.HasPoint ? $"add copies {upstream} = {adjoint}" : $"add copies {upstream}",
            GraphOperation.Multiply => $"multiply takes the other input: {times}",
            GraphOperation.Power => $"power rule: {times}",
            _ => $"{user.Function!.Name}′: {times}",
        };
    }
}

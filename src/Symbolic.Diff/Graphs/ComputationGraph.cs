using System.Globalization;
using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// The computation graph of f: its hash-consed DAG as a list of nodes — the input variables, then every operation
/// that depends on them, each after its operands — with the forward value of every node at a point, the adjoint
/// ∂f/∂node from one numeric backward sweep, and the local partial on every edge. A shared subexpression is one
/// node whose adjoint sums the paths through it.
/// </summary>
/// <remarks>
/// The local partials come from the same rules as <see cref="Calculus.Gradient"/> (the function table's partials,
/// the power rule, the product rule), applied to one operation at a time. Values are exact rationals where the
/// point is exact and the operations keep them rational (<c>3*(a + b*c)</c> at a=5, b=3, c=2 is exactly 33);
/// a function that makes a value irrational (<c>sin(1)</c>) continues in double precision from there.
/// Constant subexpressions (numbers, <c>pi</c>, <c>sqrt(2)</c>) are not nodes: they appear inside the formulas.
/// </remarks>
/// <example><code>
/// var g = ComputationGraph.Of(Expressions.Parse("3*(a + b*c)"), new Dictionary&lt;string, double&gt; { ["a"] = 5, ["b"] = 3, ["c"] = 2 });
/// g.Output.Value;          // 33 (exact)
/// g.Find("b")!.Adjoint;    // 6 = ∂f/∂b
/// </code></example>
public sealed class ComputationGraph
{
    private ComputationGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, bool hasPoint)
    {
        Nodes = nodes;
        Edges = edges;
        HasPoint = hasPoint;
    }

    /// <summary>The nodes in topological order: the variables first (in natural order), f itself last.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Every edge, grouped by the node using it (in node order), then by operand position.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>The node computing f.</summary>
    public GraphNode Output => Nodes[^1];

    /// <summary>True when the graph was built at a point, so values, adjoints and partial values are known.</summary>
    public bool HasPoint { get; }

    /// <summary>The node called <paramref name="name"/> (a variable or <c>u1</c>, <c>u2</c>, …), or null.</summary>
    public GraphNode? Find(string name) => Nodes.FirstOrDefault(n => n.Name == name);

    /// <summary>The graph of <paramref name="f"/> with formulas and local partials only.</summary>
    public static ComputationGraph Of(Expr f) => Build(f, null);

    /// <summary>
    /// The graph of <paramref name="f"/> at <paramref name="point"/>. Each double is read as the shortest decimal that
    /// prints as it (0.1 is 1/10), so values stay exact where the operations allow; a missing variable is an error.
    /// </summary>
    public static ComputationGraph Of(Expr f, IReadOnlyDictionary<string, double> point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var exact = new Dictionary<string, Rational>(StringComparer.Ordinal);
        foreach (var (name, value) in point)
            if (double.IsFinite(value)) exact[name] = Decimal(value);
        return Build(f, new Point(point, exact));
    }

    /// <summary>The graph of <paramref name="f"/> at an exact point.</summary>
    public static ComputationGraph Of(Expr f, IReadOnlyDictionary<string, Rational> point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var doubles = point.ToDictionary(p => p.Key, p => p.Value.ToDouble(), StringComparer.Ordinal);
        return Build(f, new Point(doubles, point));
    }

    // Rational.Parse reads unsigned literals, so the sign is applied after.
    private static Rational Decimal(double value)
    {
        var magnitude = Rational.Parse(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
        return value < 0 ? -magnitude : magnitude;
    }

    private sealed record Point(IReadOnlyDictionary<string, double> Doubles, IReadOnlyDictionary<string, Rational> Exact);

    // One operation with its operands replaced by placeholders #0, #1, … (constants stay inline), so each local
    // partial is a derivative with respect to one placeholder even when an operand repeats (x^x).
    private sealed record LocalForm(Expr Formula, Expr[] Partials);

    private static ComputationGraph Build(Expr f, Point? point)
    {
        ArgumentNullException.ThrowIfNull(f);
        var order = ExprWalk.TopologicalOrder(f);
        var varies = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        foreach (var node in order)
            if (node is Variable || node.Args.Any(varies.Contains)) varies.Add(node);

        var variables = order.OfType<Variable>().OrderBy(v => v.Name, Comparer<string>.Create(ExprOrder.NaturalCompare)).ToList();
        var operations = varies.Contains(f) ? order.Where(n => n is not Variable && varies.Contains(n)).ToList() : [f];
        var prefix = NamePrefix(variables);
        var nodes = new List<GraphNode>(variables.Count + operations.Count);
        var byExpr = new Dictionary<Expr, GraphNode>(ReferenceEqualityComparer.Instance);
        foreach (var v in variables) Add(new GraphNode(nodes.Count, v.Name, v, GraphOperation.Variable));
        for (var k = 0; k < operations.Count; k++)
            Add(new GraphNode(nodes.Count, prefix + (k + 1).ToString(CultureInfo.InvariantCulture), operations[k], OperationOf(operations[k], varies)));
        void Add(GraphNode node)
        {
            nodes.Add(node);
            byExpr[node.Expression] = node;
        }

        var edges = new List<GraphEdge>();
        var local = new Dictionary<GraphNode, LocalForm>();
        foreach (var node in nodes)
        {
            if (node.Operation is GraphOperation.Variable or GraphOperation.Constant)
            {
                node.Formula = node.Operation == GraphOperation.Variable ? Expr.Var(node.Name) : node.Expression;
                continue;
            }
            var args = node.Expression.Operands;
            var placeholders = new Expr[args.Length];
            var names = new Dictionary<Expr, Expr>();
            for (var i = 0; i < args.Length; i++)
            {
                if (!varies.Contains(args[i])) { placeholders[i] = args[i]; continue; }
                placeholders[i] = Placeholder(i);
                names[placeholders[i]] = Expr.Var(byExpr[args[i]].Name);
            }
            var formula = ExprWalk.WithArgs(node.Expression, placeholders);
            node.Formula = ExprWalk.Substitute(formula, names);
            var partials = new Expr[args.Length];
            var inputs = new List<GraphEdge>();
            for (var i = 0; i < args.Length; i++)
            {
                if (!varies.Contains(args[i])) continue;
                partials[i] = LocalPartial(node.Operation, formula, placeholders, i);
                var edge = new GraphEdge(byExpr[args[i]], node, i, ExprWalk.Substitute(partials[i], names));
                inputs.Add(edge);
                byExpr[args[i]].outputs.Add(edge);
            }
            node.Inputs = inputs;
            edges.AddRange(inputs);
            local[node] = new LocalForm(formula, partials);
        }

        if (point is not null) Measure(nodes, local, point);
        return new ComputationGraph(nodes, edges, point is not null);
    }

    // The forward pass (values), then the backward sweep (adjoints), the output's adjoint being 1.
    private static void Measure(List<GraphNode> nodes, Dictionary<GraphNode, LocalForm> local, Point point)
    {
        var doubles = Evaluator.EvaluateAll(nodes.Select(n => n.Expression).ToList(), point.Doubles);
        foreach (var node in nodes)
        {
            var d = doubles[node.Index];
            var (exact, approximate) = OperandValues(node.Inputs);
            node.Value = node.Operation switch
            {
                GraphOperation.Variable => point.Exact.TryGetValue(node.Name, out var r) ? GraphNumber.Of(r) : GraphNumber.Approximate(d),
                GraphOperation.Constant => ExactValue(node.Expression, exact) is { } c ? GraphNumber.Of(c) : GraphNumber.Approximate(d),
                _ => ExactValue(local[node].Formula, exact) is { } e ? GraphNumber.Of(e) : GraphNumber.Approximate(d),
            };
            foreach (var edge in node.Inputs)
            {
                var partial = local[node].Partials[edge.Position];
                edge.PartialValue = ExactValue(partial, exact) is { } p
                    ? GraphNumber.Of(p)
                    : GraphNumber.Approximate(Evaluator.Evaluate(partial, approximate));
            }
        }

        var adjoints = new GraphNumber?[nodes.Count];
        adjoints[^1] = GraphNumber.One;
        for (var k = nodes.Count - 1; k >= 0; k--)
        {
            var node = nodes[k];
            var adjoint = adjoints[k] ?? GraphNumber.Of(Rational.Zero);
            node.Adjoint = adjoint;
            foreach (var edge in node.Inputs)
            {
                var flow = adjoint.Times(edge.PartialValue!.Value);
                edge.Contribution = flow;
                var from = edge.From.Index;
                adjoints[from] = adjoints[from] is { } sum ? sum.Plus(flow) : flow;
            }
        }
    }

    // Each placeholder's value: as a number to substitute where it is exact, and as a double for evaluation.
    private static (Dictionary<Expr, Expr> Exact, Dictionary<string, double> Approximate) OperandValues(IReadOnlyList<GraphEdge> inputs)
    {
        var exact = new Dictionary<Expr, Expr>();
        var approximate = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var edge in inputs)
        {
            var value = edge.From.Value!.Value;
            if (value.Exact is { } r) exact[Placeholder(edge.Position)] = Expr.Num(r);
            approximate[PlaceholderName(edge.Position)] = value.Value;
        }
        return (exact, approximate);
    }

    // A local formula with the exactly known operands put in: exact when it folds to a number. Folding can refuse
    // (a rational over Rational.MaxBits, 0 to a negative power); the double value stands then.
    private static Rational? ExactValue(Expr formula, Dictionary<Expr, Expr> exact)
    {
        if (formula is Number n) return n.Value;
        try { return ExprWalk.Substitute(formula, exact) is Number folded ? folded.Value : null; }
        catch (SymbolicException) { return null; }
    }

    // The gates' rules as the reverse sweep applies them: an add gate passes 1, a multiply gate the other inputs,
    // powers and functions their derivative (the power rule, the function table's partials).
    private static Expr LocalPartial(GraphOperation operation, Expr formula, Expr[] operands, int position) => operation switch
    {
        GraphOperation.Add => Expr.One,
        GraphOperation.Multiply => Expr.Multiply(operands.Where((_, i) => i != position)),
        _ => Calculus.Diff(formula, operands[position]),
    };

    private static Expr Placeholder(int position) => Expr.Var(PlaceholderName(position));

    // '#' cannot occur in a parsed name, so a placeholder never meets a variable of f.
    private static string PlaceholderName(int position) => "#" + position.ToString(CultureInfo.InvariantCulture);

    private static GraphOperation OperationOf(Expr node, HashSet<Expr> varies) => node switch
    {
        _ when !varies.Contains(node) => GraphOperation.Constant,
        Sum => GraphOperation.Add,
        Product => GraphOperation.Multiply,
        Power => GraphOperation.Power,
        Call => GraphOperation.Function,
        _ => GraphOperation.Constant,
    };

    // u1, u2, … unless f has a variable named like that; then the first letter none of its variables uses so.
    private static string NamePrefix(IReadOnlyList<Variable> variables)
    {
        foreach (var prefix in new[] { "u", "v", "w", "t", "node" })
            if (!variables.Any(v => v.Name.Length > prefix.Length && v.Name.StartsWith(prefix, StringComparison.Ordinal) && v.Name[prefix.Length..].All(char.IsAsciiDigit)))
                return prefix;
        return "node_";
    }
}

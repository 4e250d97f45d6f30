namespace Symbolic;

/// <summary>What a node of a <see cref="ComputationGraph"/> computes.</summary>
public enum GraphOperation
{
    /// <summary>An input variable.</summary>
    Variable,
    /// <summary>A constant: only when the whole function has no variable.</summary>
    Constant,
    /// <summary>An n-ary sum (an add gate: it copies its adjoint to every input).</summary>
    Add,
    /// <summary>An n-ary product (a multiply gate: each input gets the adjoint times the other inputs).</summary>
    Multiply,
    /// <summary><c>base^exponent</c>, also roots and reciprocals.</summary>
    Power,
    /// <summary>A function of the table (<see cref="GraphNode.Function"/>).</summary>
    Function,
}

/// <summary>
/// One node of a <see cref="ComputationGraph"/>: an input variable or one operation of f's DAG, with its forward
/// value and its adjoint ∂f/∂node at the point (null without a point).
/// </summary>
public sealed class GraphNode
{
    internal GraphNode(int index, string name, Expr expression, GraphOperation operation)
    {
        Index = index;
        Name = name;
        Expression = expression;
        Operation = operation;
    }

    /// <summary>The position in <see cref="ComputationGraph.Nodes"/> (every node after its operands).</summary>
    public int Index { get; }

    /// <summary>The variable's name, or <c>u1</c>, <c>u2</c>, … for operations, numbered in topological order.</summary>
    public string Name { get; }

    /// <summary>The subexpression of f this node computes.</summary>
    public Expr Expression { get; }

    /// <summary>What the node computes.</summary>
    public GraphOperation Operation { get; }

    /// <summary>The function of a <see cref="GraphOperation.Function"/> node, else null.</summary>
    public FunctionDef? Function => Expression is Call c ? c.Function : null;

    /// <summary>The operation in terms of earlier nodes' names, constants inlined: <c>b*c</c>, <c>a + u1</c>, <c>3*u2</c>.</summary>
    public Expr Formula { get; internal set; } = Expr.Zero;

    /// <summary>The edges from this node's operands, in operand order.</summary>
    public IReadOnlyList<GraphEdge> Inputs { get; internal set; } = [];

    /// <summary>The edges to the nodes that use this one; more than one is a fan-out, whose adjoints add up.</summary>
    public IReadOnlyList<GraphEdge> Outputs => outputs;

    internal readonly List<GraphEdge> outputs = [];

    /// <summary>The forward value at the point; null for a graph without a point.</summary>
    public GraphNumber? Value { get; internal set; }

    /// <summary>The adjoint ∂f/∂node from the backward sweep; for a variable, its gradient entry. Null without a point.</summary>
    public GraphNumber? Adjoint { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Operation == GraphOperation.Variable ? Name : $"{Name} = {Formula}";
}

/// <summary>
/// An edge from an operand (<see cref="From"/>) to the node using it (<see cref="To"/>), with the local partial
/// ∂To/∂From that the backward sweep multiplies by.
/// </summary>
public sealed class GraphEdge
{
    internal GraphEdge(GraphNode from, GraphNode to, int position, Expr partial)
    {
        From = from;
        To = to;
        Position = position;
        Partial = partial;
    }

    /// <summary>The operand.</summary>
    public GraphNode From { get; }

    /// <summary>The node that uses the operand.</summary>
    public GraphNode To { get; }

    /// <summary>Which operand of <see cref="To"/> this is (0 for the first); <c>x^x</c> has two edges from x.</summary>
    public int Position { get; }

    /// <summary>The local partial ∂To/∂From in terms of the nodes' names: <c>c</c> for ∂(b*c)/∂b, <c>cos(u1)</c> for ∂sin(u1)/∂u1.</summary>
    public Expr Partial { get; }

    /// <summary>The local partial at the point; null without a point.</summary>
    public GraphNumber? PartialValue { get; internal set; }

    /// <summary>What flows back along the edge: the adjoint of <see cref="To"/> times the local partial. Null without a point.</summary>
    public GraphNumber? Contribution { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{From.Name} -> {To.Name}";
}

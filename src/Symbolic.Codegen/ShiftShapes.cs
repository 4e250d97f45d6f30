namespace Symbolic.Codegen;

/// <summary>
/// Classifies the nodes of a DAG up to a shift of variable indices: two nodes get the same shape when one becomes
/// the other by adding the same number to the array index of every variable in it. <c>100*(x1 - x0^2)^2</c> and
/// <c>100*(x8 - x7^2)^2</c> share a shape, with lowest indices 0 and 7. This is what lets the compiler write the
/// repeated terms of an indexed family (Rosenbrock, a sum over neighbours) as one loop instead of a thousand
/// unrolled copies. Computed bottom-up in one pass over a <see cref="DagNumbering"/>, linear in the number of nodes
/// and operands, without allocating per node: it runs on every compilation, so it must cost little next to the
/// compilation itself.
/// </summary>
internal sealed class ShiftShapes
{
    /// <summary>The lowest index of a node without variables.</summary>
    public const int NoVariables = int.MinValue;

    private const int VariableShape = 0;

    private readonly DagNumbering nodes;
    private readonly int[] shapes;
    private readonly int[] lowests;
    // A shape is a key: kind, payload and the (shape, relative lowest index) of each operand. Keys live one after
    // another in one pool; the table maps a key (by its place in the pool) to its shape.
    private readonly List<int> pool = [];
    private readonly Dictionary<KeyRef, int> shapeOfKey;
    private readonly Dictionary<object, int> payloadIds = new(ReferenceEqualityComparer.Instance);
    private int nextShape = VariableShape + 1;

    /// <param name="roots">The expressions whose nodes are classified.</param>
    /// <param name="indexOf">The array index of each variable by name.</param>
    public ShiftShapes(IReadOnlyList<Expr> roots, IReadOnlyDictionary<string, int> indexOf)
    {
        shapeOfKey = new Dictionary<KeyRef, int>(new KeyComparer(pool));
        // Numbered with their operands, so every node is classified after its operands, reading theirs by number.
        // Sized for a few nodes per root (the entries of a Hessian average under three of their own).
        nodes = DagNumbering.Of(roots, 2 * roots.Count);
        var order = nodes.Nodes;
        shapes = new int[order.Count];
        lowests = new int[order.Count];
        for (var k = 0; k < order.Count; k++)
            (shapes[k], lowests[k]) = Classify(order[k], indexOf, nodes.OperandsOf(k));
    }

    /// <summary>The shape of <paramref name="node"/>: equal shapes are equal expressions up to an index shift.</summary>
    public int Shape(Expr node) => shapes[nodes.NumberOf(node)];

    /// <summary>The lowest variable index under <paramref name="node"/>, or <see cref="NoVariables"/>.</summary>
    public int Lowest(Expr node) => lowests[nodes.NumberOf(node)];

    /// <summary><see cref="Shape"/> and <see cref="Lowest"/> with one look-up of the node.</summary>
    public (int Shape, int Lowest) Of(Expr node)
    {
        var k = nodes.NumberOf(node);
        return (shapes[k], lowests[k]);
    }

    // The numbers of node's operands are operands, in operand order.
    private (int Shape, int Lowest) Classify(Expr node, IReadOnlyDictionary<string, int> indexOf, ReadOnlySpan<int> operands)
    {
        if (node is Variable v) return (VariableShape, indexOf[v.Name]);
        var count = node.Operands.Length;
        var lowest = NoVariables;
        for (var k = 0; k < count; k++)
        {
            var l = lowests[operands[k]];
            if (l != NoVariables && (lowest == NoVariables || l < lowest)) lowest = l;
        }
        // Without variables a node is only ever equal to itself, and each node is classified once.
        if (lowest == NoVariables) return (nextShape++, NoVariables);

        var start = pool.Count;
        var kind = (int)node.Kind;
        var payload = node is Call call ? PayloadId(call.Function) : 0;
        pool.Add(kind);
        pool.Add(payload);
        var hash = new HashCode();
        hash.Add(kind);
        hash.Add(payload);
        for (var k = 0; k < count; k++)
        {
            var at = operands[k];
            var relative = lowests[at] == NoVariables ? NoVariables : lowests[at] - lowest;
            pool.Add(shapes[at]);
            pool.Add(relative);
            hash.Add(shapes[at]);
            hash.Add(relative);
        }
        var key = new KeyRef(start, pool.Count - start, hash.ToHashCode());
        if (shapeOfKey.TryGetValue(key, out var shape))
        {
            pool.RemoveRange(start, key.Length);
            return (shape, lowest);
        }
        shapeOfKey[key] = shape = nextShape++;
        return (shape, lowest);
    }

    private int PayloadId(object payload)
    {
        if (!payloadIds.TryGetValue(payload, out var id)) payloadIds[payload] = id = payloadIds.Count;
        return id;
    }

    private readonly record struct KeyRef(int Start, int Length, int Hash);

    private sealed class KeyComparer(List<int> pool) : IEqualityComparer<KeyRef>
    {
        public bool Equals(KeyRef x, KeyRef y)
        {
            if (x.Hash != y.Hash || x.Length != y.Length) return false;
            for (var k = 0; k < x.Length; k++)
                if (pool[x.Start + k] != pool[y.Start + k]) return false;
            return true;
        }

        public int GetHashCode(KeyRef key) => key.Hash;
    }
}

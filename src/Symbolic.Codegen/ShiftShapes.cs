namespace Symbolic.Codegen;

/// <summary>
/// Classifies the nodes of a DAG up to a shift of variable indices: two nodes get the same shape when one becomes
/// the other by adding the same number to the array index of every variable in it. <c>100*(x1 - x0^2)^2</c> and
/// <c>100*(x8 - x7^2)^2</c> share a shape, with lowest indices 0 and 7. This is what lets the compiler write the
/// repeated terms of an indexed family (Rosenbrock, a sum over neighbours) as one loop instead of a thousand
/// unrolled copies. Computed bottom-up in one pass, linear in the number of nodes.
/// </summary>
internal sealed class ShiftShapes
{
    /// <summary>The lowest index of a node without variables.</summary>
    public const int NoVariables = int.MinValue;

    private readonly Dictionary<Expr, int> shapeOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Expr, int> lowestOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int[], int> shapeIds = new(ShapeKeyComparer.Instance);
    private readonly Dictionary<object, int> payloadIds = new(ReferenceEqualityComparer.Instance);

    /// <param name="roots">The expressions whose nodes are classified.</param>
    /// <param name="indexOf">The array index of each variable by name.</param>
    public ShiftShapes(IReadOnlyList<Expr> roots, IReadOnlyDictionary<string, int> indexOf)
    {
        foreach (var node in ExprWalk.TopologicalOrder(roots)) Classify(node, indexOf);
    }

    /// <summary>The shape of <paramref name="node"/>: equal shapes are equal expressions up to an index shift.</summary>
    public int Shape(Expr node) => shapeOf[node];

    /// <summary>The lowest variable index under <paramref name="node"/>, or <see cref="NoVariables"/>.</summary>
    public int Lowest(Expr node) => lowestOf[node];

    private void Classify(Expr node, IReadOnlyDictionary<string, int> indexOf)
    {
        if (node is Variable v)
        {
            lowestOf[node] = indexOf[v.Name];
            shapeOf[node] = Intern([(int)ExprKind.Variable]);
            return;
        }
        var args = node.ArgArray;
        var lowest = NoVariables;
        foreach (var a in args)
        {
            var l = lowestOf[a];
            if (l != NoVariables && (lowest == NoVariables || l < lowest)) lowest = l;
        }
        lowestOf[node] = lowest;
        if (lowest == NoVariables)
        {
            // Without variables a node is only ever equal to itself.
            shapeOf[node] = Intern([-1, PayloadId(node)]);
            return;
        }
        var key = new int[2 + 2 * args.Length];
        key[0] = (int)node.Kind;
        key[1] = node is Call call ? PayloadId(call.Function) : 0;
        for (var i = 0; i < args.Length; i++)
        {
            var l = lowestOf[args[i]];
            key[2 + 2 * i] = shapeOf[args[i]];
            key[3 + 2 * i] = l == NoVariables ? NoVariables : l - lowest;
        }
        shapeOf[node] = Intern(key);
    }

    private int PayloadId(object payload)
    {
        if (!payloadIds.TryGetValue(payload, out var id)) payloadIds[payload] = id = payloadIds.Count;
        return id;
    }

    private int Intern(int[] key)
    {
        if (!shapeIds.TryGetValue(key, out var id)) shapeIds[key] = id = shapeIds.Count;
        return id;
    }

    private sealed class ShapeKeyComparer : IEqualityComparer<int[]>
    {
        public static readonly ShapeKeyComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] key)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan()));
            return hash.ToHashCode();
        }
    }
}

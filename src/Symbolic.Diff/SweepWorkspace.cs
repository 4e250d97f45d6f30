namespace Symbolic;

/// <summary>
/// The bookkeeping of one reverse sweep: the nodes of f in topological order, each node's position in that
/// order, and per-position arrays. Kept per thread and reused by the next gradient.
/// </summary>
/// <remarks>
/// For a function of thousands of nodes every one of these is a large-object-heap allocation, and those bring
/// full garbage collections closer; reusing them makes a warm gradient allocate little beyond its result.
/// One hash table serves both the walk (the nodes already seen) and the sweep (node to position).
/// A workspace that grew beyond <see cref="MaxKeptNodes"/> is dropped rather than kept, so one huge gradient
/// does not pin its memory for the life of the thread.
/// </remarks>
internal sealed class SweepWorkspace
{
    private const int MaxKeptNodes = 1 << 16;

    // Taken out while in use, so a nested sweep on the same thread gets a workspace of its own.
    [ThreadStatic] private static SweepWorkspace? idle;

    /// <summary>The distinct nodes of f, every node after its operands (the same order as <see cref="ExprWalk.TopologicalOrder(Expr)"/>).</summary>
    public List<Expr> Order { get; } = [];

    /// <summary>Each node's index in <see cref="Order"/>.</summary>
    public Dictionary<Expr, int> Position { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per position: some wanted variable occurs under the node. All false when numbered.</summary>
    public bool[] Active { get; private set; } = [];

    /// <summary>Per position: the adjoint contributions received. All empty when numbered.</summary>
    public ReverseGradient.Contributions[] Contributions { get; private set; } = [];

    /// <summary>A workspace numbering the nodes of <paramref name="root"/>; give it back with <see cref="Release"/>.</summary>
    public static SweepWorkspace For(Expr root, CancellationToken cancellationToken = default)
    {
        var workspace = idle ?? new SweepWorkspace();
        idle = null;
        try
        {
            workspace.Number(root, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            workspace.Release();
            throw;
        }
        return workspace;
    }

    /// <summary>Clears the workspace (it holds no expression afterwards) and keeps it for the next sweep on this thread.</summary>
    public void Release()
    {
        var count = Order.Count;
        Array.Clear(Active, 0, Math.Min(count, Active.Length));
        Array.Clear(Contributions, 0, Math.Min(count, Contributions.Length));
        Order.Clear();
        Position.Clear();
        if (count <= MaxKeptNodes) idle = this;
    }

    // The walk of ExprWalk.TopologicalOrder, with the position table as its set of nodes seen.
    private void Number(Expr root, CancellationToken cancellationToken)
    {
        ExprWalk.PostOrder([root], node => Position.TryAdd(node, -1), node =>
        {
            Position[node] = Order.Count;
            Order.Add(node);
        }, cancellationToken);
        if (Active.Length < Order.Count)
        {
            Active = new bool[Order.Count];
            Contributions = new ReverseGradient.Contributions[Order.Count];
        }
    }
}

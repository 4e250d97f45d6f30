namespace Symbolic;

/// <summary>
/// The bookkeeping of one reverse sweep: the nodes of f numbered in topological order, with their operands'
/// numbers, and per-number arrays. Kept per thread and reused by the next gradient.
/// </summary>
/// <remarks>
/// For a function of thousands of nodes every one of these is a large-object-heap allocation, and those bring
/// full garbage collections closer; reusing them makes a warm gradient allocate little beyond its result.
/// A workspace that grew beyond <see cref="MaxKeptNodes"/> is dropped rather than kept, so one huge gradient
/// does not pin its memory for the life of the thread.
/// </remarks>
internal sealed class SweepWorkspace
{
    private const int MaxKeptNodes = 1 << 16;

    // Taken out while in use, so a nested sweep on the same thread gets a workspace of its own.
    [ThreadStatic] private static SweepWorkspace? idle;

    /// <summary>The distinct nodes of f and their operands, numbered in topological order.</summary>
    public DagNumbering Nodes { get; } = new();

    /// <summary>Per number: some wanted variable occurs under the node. All false when numbered.</summary>
    public bool[] Active { get; private set; } = [];

    /// <summary>Per number: the adjoint contributions received. All empty when numbered.</summary>
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
        var count = Nodes.Order.Count;
        Array.Clear(Active, 0, Math.Min(count, Active.Length));
        Array.Clear(Contributions, 0, Math.Min(count, Contributions.Length));
        Nodes.Clear();
        if (count <= MaxKeptNodes) idle = this;
    }

    private void Number(Expr root, CancellationToken cancellationToken)
    {
        Nodes.Add([root], cancellationToken);
        var count = Nodes.Order.Count;
        if (Active.Length < count)
        {
            Active = new bool[count];
            Contributions = new ReverseGradient.Contributions[count];
        }
    }
}

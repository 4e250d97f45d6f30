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

    // The number of nodes of a numbering the workspace was sized for without holding it.
    private int borrowedCount;

    /// <summary>The distinct nodes of f and their operands, numbered in topological order.</summary>
    public DagNumbering Nodes { get; } = new();

    /// <summary>Per number: some wanted variable occurs under the node. All false when numbered.</summary>
    public bool[] Active { get; private set; } = [];

    /// <summary>Per number: the adjoint contributions received. All empty when numbered.</summary>
    public ReverseGradient.Contributions[] Contributions { get; private set; } = [];

    /// <summary>A workspace numbering the nodes of <paramref name="root"/>; give it back with <see cref="Release"/>.</summary>
    public static SweepWorkspace For(Expr root, CancellationToken cancellationToken = default)
    {
        var workspace = Take();
        try
        {
            workspace.Nodes.Add([root], cancellationToken);
        }
        catch (OperationCanceledException)
        {
            workspace.Release();
            throw;
        }
        workspace.Size(workspace.Nodes.Order.Count);
        return workspace;
    }

    /// <summary>A workspace for a sweep over <paramref name="nodes"/>, numbered already (its own <see cref="Nodes"/> stay empty).</summary>
    public static SweepWorkspace For(DagNumbering nodes)
    {
        var workspace = Take();
        workspace.Size(nodes.Order.Count);
        workspace.borrowedCount = nodes.Order.Count;
        return workspace;
    }

    /// <summary>Clears the workspace (it holds no expression afterwards) and keeps it for the next sweep on this thread.</summary>
    public void Release()
    {
        var count = Math.Max(Nodes.Order.Count, borrowedCount);
        Array.Clear(Active, 0, Math.Min(count, Active.Length));
        Array.Clear(Contributions, 0, Math.Min(count, Contributions.Length));
        Nodes.Clear();
        borrowedCount = 0;
        if (count <= MaxKeptNodes) idle = this;
    }

    private static SweepWorkspace Take()
    {
        var workspace = idle ?? new SweepWorkspace();
        idle = null;
        return workspace;
    }

    private void Size(int count)
    {
        if (Active.Length >= count) return;
        Active = new bool[count];
        Contributions = new ReverseGradient.Contributions[count];
    }
}

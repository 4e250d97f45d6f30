namespace Symbolic;

/// <summary>
/// How many more distinct nodes one expression has than another, found by walking only the nodes that are not
/// shared by both. Counting both DAGs whole would cost their full size at every comparison, and the simplifier
/// compares after each rewrite, which made a long chain quadratic.
/// </summary>
internal static class SharedNodes
{
    private const byte FromFirst = 1, FromSecond = 2, FromBoth = FromFirst | FromSecond;

    /// <summary>The distinct nodes of <paramref name="first"/> minus those of <paramref name="second"/>.</summary>
    /// <remarks>
    /// Nodes are taken highest first (<see cref="Expr.Depth"/>), so every parent of a node has been seen before the
    /// node itself: a node reached from both sides is common, and so is everything below it, which is not walked.
    /// </remarks>
    public static int ExtraNodes(Expr first, Expr second, CancellationToken cancellationToken = default)
    {
        if (ReferenceEquals(first, second)) return 0;
        var reachedFrom = new Dictionary<Expr, byte>(ReferenceEqualityComparer.Instance) { [first] = FromFirst };
        var queue = new PriorityQueue<Expr, int>();
        queue.Enqueue(first, -first.Depth);
        reachedFrom[second] = FromSecond;
        queue.Enqueue(second, -second.Depth);
        var difference = 0;
        while (queue.TryDequeue(out var node, out _))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var side = reachedFrom[node];
            if (side == FromBoth) continue;
            difference += side == FromFirst ? 1 : -1;
            foreach (var child in node.ArgArray)
            {
                if (reachedFrom.TryGetValue(child, out var seen)) reachedFrom[child] = (byte)(seen | side);
                else
                {
                    reachedFrom[child] = side;
                    queue.Enqueue(child, -child.Depth);
                }
            }
        }
        return difference;
    }
}

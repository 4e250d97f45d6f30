namespace Symbolic;

/// <summary>
/// How many more distinct nodes one expression has than another, found without counting the nodes both share
/// where that can be avoided. Counting both DAGs whole would cost their full size at every comparison, and the
/// simplifier compares after each rewrite, which made a long chain quadratic.
/// </summary>
internal static class SharedNodes
{
    private const byte FromFirst = 1, FromSecond = 2, FromBoth = FromFirst | FromSecond;

    /// <summary>The distinct nodes of <paramref name="first"/> minus those of <paramref name="second"/>.</summary>
    /// <remarks>
    /// Nodes are taken highest first (<see cref="Expr.Depth"/>), so every parent of a node is taken before the node:
    /// when a node is taken, whether it is reached from one side or both is known. Everything below a node reached
    /// from both is shared too, and a node reached from one side only is reached through nodes of that side only;
    /// so once no queued node is one side's alone, the rest is shared and the walk stops.
    /// </remarks>
    public static int ExtraNodes(Expr first, Expr second, CancellationToken cancellationToken = default)
    {
        if (ReferenceEquals(first, second)) return 0;
        var reachedFrom = new Dictionary<Expr, byte>(ReferenceEqualityComparer.Instance);
        var queue = new PriorityQueue<Expr, int>();
        var queuedOneSided = 0;
        void Reach(Expr node, byte side)
        {
            if (!reachedFrom.TryGetValue(node, out var seen))
            {
                reachedFrom[node] = side;
                queue.Enqueue(node, -node.Depth);
                if (side != FromBoth) queuedOneSided++;
            }
            else if ((seen | side) != seen)
            {
                reachedFrom[node] = (byte)(seen | side);
                if (seen != FromBoth && (seen | side) == FromBoth) queuedOneSided--;
            }
        }
        Reach(first, FromFirst);
        Reach(second, FromSecond);
        var difference = 0;
        while (queuedOneSided > 0 && queue.TryDequeue(out var node, out _))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var side = reachedFrom[node];
            if (side != FromBoth)
            {
                queuedOneSided--;
                difference += side == FromFirst ? 1 : -1;
            }
            foreach (var child in node.Operands) Reach(child, side);
        }
        return difference;
    }
}

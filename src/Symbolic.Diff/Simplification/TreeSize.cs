namespace Symbolic;

/// <summary>
/// The size measure of the simplifier: the number of nodes of the expression written out as a tree, which is
/// what a reader sees printed (a shared subexpression counts every time it appears). Saturates instead of
/// overflowing on huge DAGs. Memoised per node, computed iteratively.
/// </summary>
internal sealed class TreeSize(CancellationToken cancellationToken = default)
{
    private readonly Dictionary<Expr, long> sizes = new(ReferenceEqualityComparer.Instance);

    public long Of(Expr root)
    {
        if (sizes.TryGetValue(root, out var known)) return known;
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var node = stack.Peek();
            if (sizes.ContainsKey(node)) { stack.Pop(); continue; }
            var ready = true;
            foreach (var a in node.Operands)
                if (!sizes.ContainsKey(a)) { stack.Push(a); ready = false; }
            if (!ready) continue;
            stack.Pop();
            long size = 1;
            foreach (var a in node.Operands) size = Math.Min(long.MaxValue / 2, size + sizes[a]);
            sizes[node] = size;
        }
        return sizes[root];
    }
}

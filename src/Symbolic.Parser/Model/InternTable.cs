namespace Symbolic;

/// <summary>
/// Hash-consing: hands out one shared instance per distinct node. Entries are weak, so expressions
/// nobody holds can be collected; children are keyed by their unique id, which is never reused.
/// </summary>
internal static class InternTable
{
    private sealed class NodeKey(ExprKind kind, object? payload, long[] childIds, int hash) : IEquatable<NodeKey>
    {
        private ExprKind Kind { get; } = kind;
        private object? Payload { get; } = payload;
        private long[] ChildIds { get; } = childIds;
        private int Hash { get; } = hash;

        public bool Equals(NodeKey? other) =>
            other is not null && Hash == other.Hash && Kind == other.Kind && Equals(Payload, other.Payload)
            && ChildIds.AsSpan().SequenceEqual(other.ChildIds);
        public override bool Equals(object? obj) => Equals(obj as NodeKey);
        public override int GetHashCode() => Hash;
    }

    private static readonly object Gate = new();
    private static readonly Dictionary<NodeKey, WeakReference<Expr>> Table = new();
    private static long nextId = 1;
    private static int sweepAt = 1 << 16;

    public static T Intern<T>(T candidate) where T : Expr
    {
        var children = candidate.ArgArray;
        var ids = new long[children.Length];
        for (var i = 0; i < ids.Length; i++) ids[i] = children[i].Id;
        var key = new NodeKey(candidate.Kind, candidate.Payload, ids, candidate.GetHashCode());
        lock (Gate)
        {
            if (Table.TryGetValue(key, out var weak) && weak.TryGetTarget(out var existing)) return (T)existing;
            candidate.Id = nextId++;
            Table[key] = new WeakReference<Expr>(candidate);
            if (Table.Count > sweepAt) Sweep();
            return candidate;
        }
    }

    private static void Sweep()
    {
        var dead = new List<NodeKey>();
        foreach (var (key, weak) in Table)
            if (!weak.TryGetTarget(out _)) dead.Add(key);
        foreach (var key in dead) Table.Remove(key);
        sweepAt = Math.Max(1 << 16, Table.Count * 2);
    }
}

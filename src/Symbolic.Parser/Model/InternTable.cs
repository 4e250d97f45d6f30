using System.Runtime.InteropServices;

namespace Symbolic;

/// <summary>
/// Hash-consing: hands out one shared instance per distinct node. Entries are weak, so expressions nobody
/// holds can be collected.
/// </summary>
/// <remarks>
/// An open-addressing table (linear probing) of weak GC handles, keyed by the node's cached hash. A candidate
/// matches an entry shallowly — same kind, same payload, the same child objects — which is full structural
/// equality because the children are interned already. Interning allocates nothing but the handle of a new
/// node: no key objects, and no <see cref="WeakReference{T}"/>, whose finalizers made the garbage collector's
/// work grow with every node ever built. Dead handles are freed when the table is rebuilt, which happens when
/// half of its slots are used; the rebuild sizes the table for the live entries only.
/// </remarks>
internal static class InternTable
{
    private const int MinCapacity = 1 << 12;

    private static readonly Lock Gate = new();
    private static WeakGCHandle<Expr>[] slots = new WeakGCHandle<Expr>[MinCapacity];
    private static int[] hashes = new int[MinCapacity];
    // The arrays the last rebuild replaced, reused when the next one keeps the size: a table of live entries
    // that stays about the same size is rebuilt without allocating (large) arrays each time.
    private static WeakGCHandle<Expr>[]? spareSlots;
    private static int[]? spareHashes;
    private static int used;

    /// <summary>Slots in the table, live or dead; for tests that check dead entries are freed.</summary>
    internal static int Capacity
    {
        get { lock (Gate) return slots.Length; }
    }

    public static T Intern<T>(T candidate) where T : Expr
    {
        var hash = candidate.GetHashCode();
        lock (Gate)
        {
            var mask = slots.Length - 1;
            var i = hash & mask;
            for (; slots[i].IsAllocated; i = (i + 1) & mask)
            {
                if (hashes[i] == hash && slots[i].TryGetTarget(out var existing) && SameNode(existing, candidate))
                    return (T)existing;
            }
            slots[i] = new WeakGCHandle<Expr>(candidate);
            hashes[i] = hash;
            if (++used > slots.Length / 2) Rebuild();
            return candidate;
        }
    }

    // Shallow comparison: the children are interned, so comparing them by reference is comparing them structurally.
    private static bool SameNode(Expr a, Expr b)
    {
        if (a.Kind != b.Kind || !a.HasSamePayload(b)) return false;
        var xs = a.Operands;
        var ys = b.Operands;
        if (xs.Length != ys.Length) return false;
        for (var k = 0; k < xs.Length; k++)
            if (!ReferenceEquals(xs[k], ys[k])) return false;
        return true;
    }

    // Frees the handles of collected nodes and re-inserts the live ones into a table at most a quarter full,
    // so the next rebuild is at least a quarter of the capacity of inserts away (amortised constant time).
    private static void Rebuild()
    {
        var live = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (!slots[i].IsAllocated) continue;
            if (slots[i].TryGetTarget(out _)) live++;
            else { slots[i].Dispose(); slots[i] = default; }
        }
        var capacity = MinCapacity;
        while (capacity < live * 4) capacity *= 2;
        WeakGCHandle<Expr>[] newSlots;
        int[] newHashes;
        if (spareSlots?.Length == capacity)
        {
            (newSlots, newHashes) = (spareSlots, spareHashes!);
            Array.Clear(newSlots);
            Array.Clear(newHashes);
        }
        else
        {
            newSlots = new WeakGCHandle<Expr>[capacity];
            newHashes = new int[capacity];
        }
        var mask = capacity - 1;
        for (var i = 0; i < slots.Length; i++)
        {
            if (!slots[i].IsAllocated) continue;
            var j = hashes[i] & mask;
            while (newSlots[j].IsAllocated) j = (j + 1) & mask;
            newSlots[j] = slots[i];
            newHashes[j] = hashes[i];
        }
        (spareSlots, spareHashes) = (slots, hashes);
        slots = newSlots;
        hashes = newHashes;
        used = live;
    }
}

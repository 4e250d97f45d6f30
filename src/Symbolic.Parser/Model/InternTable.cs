using System.Runtime.InteropServices;

namespace Symbolic;

/// <summary>
/// Hash-consing: hands out one shared instance per distinct node. Entries are weak, so expressions nobody
/// holds can be collected.
/// </summary>
/// <remarks>
/// An open-addressing table (linear probing) of weak GC handles, keyed by the node's cached hash, each slot holding
/// the hash beside the handle so that a probe reads one cache line, not one in each of two arrays (with millions of
/// nodes nearly every probe is a cache miss, and interning was a seventh of building a large Hessian). A candidate
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
    private static Slot[] slots = new Slot[MinCapacity];
    // The array the last rebuild replaced, reused when the next one keeps the size: a table of live entries
    // that stays about the same size is rebuilt without allocating a (large) array each time.
    private static Slot[]? spareSlots;
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
            var table = slots;
            var mask = table.Length - 1;
            var i = hash & mask;
            for (; table[i].Handle.IsAllocated; i = (i + 1) & mask)
            {
                if (table[i].Hash == hash && table[i].Handle.TryGetTarget(out var existing) && SameNode(existing, candidate))
                    return (T)existing;
            }
            table[i] = new Slot(hash, new WeakGCHandle<Expr>(candidate));
            if (++used > table.Length / 2) Rebuild();
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
            if (!slots[i].Handle.IsAllocated) continue;
            if (slots[i].Handle.TryGetTarget(out _)) live++;
            else { slots[i].Handle.Dispose(); slots[i] = default; }
        }
        var capacity = MinCapacity;
        while (capacity < live * 4) capacity *= 2;
        Slot[] newSlots;
        if (spareSlots?.Length == capacity)
        {
            newSlots = spareSlots;
            Array.Clear(newSlots);
        }
        else newSlots = new Slot[capacity];
        var mask = capacity - 1;
        for (var i = 0; i < slots.Length; i++)
        {
            if (!slots[i].Handle.IsAllocated) continue;
            var j = slots[i].Hash & mask;
            while (newSlots[j].Handle.IsAllocated) j = (j + 1) & mask;
            newSlots[j] = slots[i];
        }
        spareSlots = slots;
        slots = newSlots;
        used = live;
    }

    /// <summary>One entry: the node's hash and a weak handle to it (unallocated when the slot is free).</summary>
    private readonly record struct Slot(int Hash, WeakGCHandle<Expr> Handle);
}

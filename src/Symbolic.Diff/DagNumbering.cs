using System.Numerics;

namespace Symbolic;

/// <summary>
/// The distinct nodes of a DAG numbered in topological order (every node after its operands), with each node's
/// operands as numbers too, so the passes over the DAG (reverse sweeps, dependency sets, the compiler's shapes) index
/// arrays instead of looking nodes up in a hash table at every edge.
/// </summary>
/// <remarks>
/// One hash-table probe per edge numbers the whole DAG: looking an operand up either finds its number (it was
/// finished before, as the DAG has no cycles) or adds it as open, and an open operand's number is known the moment
/// it is finished. The operands' numbers are kept in one flat array (<see cref="OperandStart"/> marks where each
/// node's begin), in operand order. The walk is iterative, so depth is unbounded.
/// <para>
/// The table is open addressing over 8-byte slots (the node's cached hash and a code: its number + 1, or minus the
/// place of its frame on the walk's stack while it is open) rather than a <c>Dictionary&lt;Expr, int&gt;</c>, whose
/// 24-byte entries, bucket array and growth made a numbering of a million nodes allocate about 60 MB in the large
/// object heap: the slots hold no reference (the node is <see cref="Order"/>[number] or its frame's), so the collector
/// never scans them either.
/// </para>
/// </remarks>
/// <example><code>
/// var f = Expressions.Parse("sin(x)*sin(x) + x");
/// var nodes = DagNumbering.Of([f]);
/// nodes.Count;                          // 5: x, sin(x), sin(x)^2, … each once, operands first
/// nodes.Nodes[nodes.NumberOf(f)] == f;  // true; f is numbered last
/// </code></example>
public sealed class DagNumbering
{
    private const int Free = 0;

    private Slot[] slots;
    private int used;
    private int[] operandStarts;
    private int[] operands;
    private Frame[] frames = new Frame[16];
    private int[] finished = new int[16];

    /// <param name="expectedNodes">
    /// About how many nodes will be numbered, when the caller knows: the arrays start at that size instead of growing
    /// to it by doubling, which for a million nodes allocates (and copies) as much again in the large object heap.
    /// </param>
    internal DagNumbering(int expectedNodes = 0)
    {
        var capacity = Math.Max(expectedNodes, 8);
        slots = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)(2 * capacity))];
        operandStarts = new int[capacity + 1];
        operands = new int[2 * capacity];
        Order = new List<Expr>(capacity);
    }

    /// <summary>The numbering of the nodes under <paramref name="roots"/>, about <paramref name="expectedNodes"/> of them when the caller knows (0: unknown).</summary>
    public static DagNumbering Of(IReadOnlyList<Expr> roots, int expectedNodes = 0, CancellationToken cancellationToken = default)
    {
        var nodes = new DagNumbering(expectedNodes);
        nodes.Add(roots, cancellationToken);
        return nodes;
    }

    /// <summary>The distinct nodes, every node after its operands (the list the passes here index).</summary>
    internal List<Expr> Order { get; }

    /// <summary>The distinct nodes, every node after its operands: node number k is <c>Nodes[k]</c>.</summary>
    public IReadOnlyList<Expr> Nodes => Order;

    /// <summary>How many distinct nodes are numbered.</summary>
    public int Count => Order.Count;

    /// <summary>The numbers of the nodes without operands (variables, numbers, constants), ascending.</summary>
    internal List<int> Leaves { get; } = [];

    /// <summary>The number of <paramref name="node"/>, or false when it is not in the DAG.</summary>
    public bool TryGetNumber(Expr node, out int number)
    {
        var code = slots[Find(node, node.GetHashCode())].Code;
        number = code - 1;
        return code > 0;
    }

    /// <summary>The number of <paramref name="node"/>, a node of the DAG.</summary>
    public int NumberOf(Expr node) =>
        TryGetNumber(node, out var number) ? number : throw new KeyNotFoundException("the node is not in the numbering");

    /// <summary>The numbers of node <paramref name="k"/>'s operands, in operand order.</summary>
    public ReadOnlySpan<int> OperandsOf(int k) => operands.AsSpan(operandStarts[k], operandStarts[k + 1] - operandStarts[k]);

    /// <summary>Where node <paramref name="k"/>'s operands start in <see cref="OperandNumbers"/>.</summary>
    internal int OperandStart(int k) => operandStarts[k];

    /// <summary>Where each node's operands start in <see cref="OperandNumbers"/> (node k's end where node k + 1's start).</summary>
    internal int[] OperandStarts => operandStarts;

    /// <summary>The operands' numbers of all nodes, node after node (see <see cref="OperandStart"/>).</summary>
    internal int[] OperandNumbers => operands;

    /// <summary>Numbers the nodes under <paramref name="roots"/> that are not numbered yet, after those that are.</summary>
    internal void Add(IReadOnlyList<Expr> roots, CancellationToken cancellationToken = default)
    {
        for (var r = 0; r < roots.Count; r++) Walk(roots[r], cancellationToken);
    }

    /// <summary>Forgets every node (the numbering holds no expression afterwards) and keeps the arrays.</summary>
    internal void Clear()
    {
        // A reused numbering (a thread's sweep workspace) may keep the table of a large DAG: clearing only the slots
        // in use keeps each small numbering after it from paying for the whole table. They are found first and zeroed
        // after, as zeroing one could cut the probe sequence that leads to another. A walk stopped by cancellation
        // leaves open nodes that are not in Order: then the whole table is cleared.
        if (used == Order.Count && used * 8 < slots.Length)
        {
            if (finished.Length < used) finished = new int[used];
            for (var k = 0; k < used; k++) finished[k] = Find(Order[k], Order[k].GetHashCode());
            for (var k = 0; k < used; k++) slots[finished[k]] = default;
        }
        else Array.Clear(slots);
        Order.Clear();
        Leaves.Clear();
        used = 0;
        Array.Clear(frames);
    }

    private void Walk(Expr root, CancellationToken cancellationToken)
    {
        var rootHash = root.GetHashCode();
        var rootSlot = Find(root, rootHash);
        if (slots[rootSlot].Code != Free) return;
        var depth = 0;
        var finishedCount = 0;
        Open(ref depth, root, rootHash, rootSlot);
        while (depth > 0)
        {
            ref var frame = ref frames[depth - 1];
            var args = frame.Node.Operands;
            if (frame.Next < args.Length)
            {
                var operand = args[frame.Next++];
                var hash = operand.GetHashCode();
                var at = Find(operand, hash);
                var code = slots[at].Code;
                if (code > 0)
                {
                    Remember(ref finishedCount, code - 1);
                    continue;
                }
                cancellationToken.ThrowIfCancellationRequested();
                Open(ref depth, operand, hash, at);
                continue;
            }
            // All operands finished: their numbers are the last args.Length entries of the finished stack.
            var node = frame.Node;
            var k = Order.Count;
            Order.Add(node);
            if (args.Length == 0) Leaves.Add(k);
            slots[frame.Slot].Code = k + 1;
            depth--;
            if (operandStarts.Length < k + 2) Array.Resize(ref operandStarts, Math.Max(k + 2, operandStarts.Length * 2));
            var start = operandStarts[k];
            if (operands.Length < start + args.Length) Array.Resize(ref operands, Math.Max(start + args.Length, operands.Length * 2));
            finishedCount -= args.Length;
            finished.AsSpan(finishedCount, args.Length).CopyTo(operands.AsSpan(start));
            operandStarts[k + 1] = start + args.Length;
            if (depth > 0) Remember(ref finishedCount, k);
        }
    }

    // The slot of node: where it is, or the free slot where it would go. The table is never more than half full.
    private int Find(Expr node, int hash)
    {
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Code == Free) return i;
            if (slot.Hash == hash && ReferenceEquals(NodeOf(slot.Code), node)) return i;
        }
    }

    private Expr NodeOf(int code) => code > 0 ? Order[code - 1] : frames[-code - 1].Node;

    // Marks node open in its free slot and pushes its frame; the frame knows the slot, to write the number there.
    private void Open(ref int depth, Expr node, int hash, int slot)
    {
        if (depth == frames.Length) Array.Resize(ref frames, frames.Length * 2);
        if (2 * (used + 1) > slots.Length)
        {
            Grow();
            slot = Find(node, hash);
        }
        slots[slot] = new Slot(hash, -(depth + 1));
        used++;
        frames[depth++] = new Frame(node, slot);
    }

    private void Grow()
    {
        var old = slots;
        slots = new Slot[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Code == Free) continue;
            var i = slot.Hash & mask;
            while (slots[i].Code != Free) i = (i + 1) & mask;
            slots[i] = slot;
            if (slot.Code < 0) frames[-slot.Code - 1].Slot = i;
        }
    }

    private void Remember(ref int count, int number)
    {
        if (count == finished.Length) Array.Resize(ref finished, finished.Length * 2);
        finished[count++] = number;
    }

    // Code: the node's number + 1 once finished, -(its frame's place + 1) while open, 0 for a free slot.
    private struct Slot(int hash, int code)
    {
        public readonly int Hash = hash;
        public int Code = code;
    }

    private struct Frame(Expr node, int slot)
    {
        public readonly Expr Node = node;
        public int Slot = slot;
        public int Next;
    }
}

using System.Runtime.InteropServices;

namespace Symbolic;

/// <summary>
/// The distinct nodes of a DAG numbered in topological order (every node after its operands), with each node's
/// operands as numbers too, so the passes over the DAG (reverse sweeps, dependency sets) index arrays instead of
/// looking nodes up in a hash table at every edge.
/// </summary>
/// <remarks>
/// One hash-table operation per edge numbers the whole DAG: looking an operand up either finds its number (it was
/// finished before, as the DAG has no cycles) or adds it as open, and an open operand's number is known the moment
/// it is finished. The operands' numbers are kept in one flat array (<see cref="OperandStart"/> marks where each
/// node's begin), in operand order. The walk is iterative, so depth is unbounded.
/// </remarks>
internal sealed class DagNumbering
{
    private const int Open = -1;

    private readonly Dictionary<Expr, int> position = [];
    private int[] operandStarts = new int[16];
    private int[] operands = new int[16];
    private Frame[] frames = new Frame[16];
    private int[] finished = new int[16];

    /// <summary>The distinct nodes, every node after its operands.</summary>
    public List<Expr> Order { get; } = [];

    /// <summary>The number of <paramref name="node"/>, or false when it is not in the DAG.</summary>
    public bool TryGetNumber(Expr node, out int number) => position.TryGetValue(node, out number);

    /// <summary>The number of <paramref name="node"/>, a node of the DAG.</summary>
    public int NumberOf(Expr node) => position[node];

    /// <summary>The numbers of node <paramref name="k"/>'s operands, in operand order.</summary>
    public ReadOnlySpan<int> OperandsOf(int k) => operands.AsSpan(operandStarts[k], operandStarts[k + 1] - operandStarts[k]);

    /// <summary>Where node <paramref name="k"/>'s operands start in <see cref="OperandNumbers"/>.</summary>
    public int OperandStart(int k) => operandStarts[k];

    /// <summary>The operands' numbers of all nodes, node after node (see <see cref="OperandStart"/>).</summary>
    public int[] OperandNumbers => operands;

    /// <summary>Numbers the nodes under <paramref name="roots"/> that are not numbered yet, after those that are.</summary>
    public void Add(IReadOnlyList<Expr> roots, CancellationToken cancellationToken = default)
    {
        for (var r = 0; r < roots.Count; r++) Walk(roots[r], cancellationToken);
    }

    /// <summary>Forgets every node (the numbering holds no expression afterwards) and keeps the arrays.</summary>
    public void Clear()
    {
        Order.Clear();
        position.Clear();
        Array.Clear(frames);
    }

    private void Walk(Expr root, CancellationToken cancellationToken)
    {
        ref var rootNumber = ref CollectionsMarshal.GetValueRefOrAddDefault(position, root, out var known);
        if (known) return;
        rootNumber = Open;
        var depth = 0;
        var finishedCount = 0;
        Push(ref depth, root);
        while (depth > 0)
        {
            ref var frame = ref frames[depth - 1];
            var args = frame.Node.Operands;
            if (frame.Next < args.Length)
            {
                var operand = args[frame.Next++];
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(position, operand, out var seen);
                if (seen)
                {
                    Remember(ref finishedCount, number);
                    continue;
                }
                number = Open;
                cancellationToken.ThrowIfCancellationRequested();
                Push(ref depth, operand);
                continue;
            }
            // All operands finished: their numbers are the last args.Length entries of the finished stack.
            var node = frame.Node;
            depth--;
            var k = Order.Count;
            Order.Add(node);
            CollectionsMarshal.GetValueRefOrNullRef(position, node) = k;
            if (operandStarts.Length < k + 2) Array.Resize(ref operandStarts, Math.Max(k + 2, operandStarts.Length * 2));
            var start = operandStarts[k];
            if (operands.Length < start + args.Length) Array.Resize(ref operands, Math.Max(start + args.Length, operands.Length * 2));
            finishedCount -= args.Length;
            Array.Copy(finished, finishedCount, operands, start, args.Length);
            operandStarts[k + 1] = start + args.Length;
            if (depth > 0) Remember(ref finishedCount, k);
        }
    }

    private void Push(ref int depth, Expr node)
    {
        if (depth == frames.Length) Array.Resize(ref frames, frames.Length * 2);
        frames[depth++] = new Frame(node);
    }

    private void Remember(ref int count, int number)
    {
        if (count == finished.Length) Array.Resize(ref finished, finished.Length * 2);
        finished[count++] = number;
    }

    private struct Frame(Expr node)
    {
        public readonly Expr Node = node;
        public int Next;
    }
}

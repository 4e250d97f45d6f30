using System.Runtime.InteropServices;

namespace Symbolic;

/// <summary>
/// The canonical order of expressions: by kind (numbers, constants, variables, powers, calls, products,
/// sums), then by content. Structural and deterministic — never by hash or creation order. It recurses a
/// bounded number of levels and walks deeper on an explicit stack, so comparing two very deep expressions
/// cannot overflow the stack; it allocates nothing (sorting a large sum compares many times).
/// </summary>
public sealed class ExprOrder : IComparer<Expr>
{
    /// <summary>The one instance.</summary>
    public static readonly ExprOrder Instance = new();

    /// <summary>Operand levels compared by plain recursion before the walk continues on an explicit stack.</summary>
    private const int RecursionBudget = 32;

    // The explicit stack for comparisons deeper than the budget, kept per thread so no comparison allocates.
    [ThreadStatic] private static Stack<(Expr, Expr)>? deepPending;

    /// <inheritdoc />
    public int Compare(Expr? a, Expr? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var first = CompareShallow(a, b);
        return first != 0 || a.Operands.Length == 0 ? first : CompareOperands(a, b, RecursionBudget);
    }

    // The operands of two shallowly equal nodes, left to right, each depth first (a preorder walk): recursion for
    // the first levels, where nearly every comparison is decided, then an explicit stack, so depth is unbounded.
    private static int CompareOperands(Expr x, Expr y, int budget)
    {
        var xs = x.Operands; var ys = y.Operands;
        for (var i = 0; i < xs.Length; i++)
        {
            var (xi, yi) = (xs[i], ys[i]);
            if (ReferenceEquals(xi, yi)) continue;
            var c = CompareShallow(xi, yi);
            if (c == 0 && xi.Operands.Length > 0) c = budget > 0 ? CompareOperands(xi, yi, budget - 1) : CompareOperandsOnStack(xi, yi);
            if (c != 0) return c;
        }
        return 0;
    }

    private static int CompareOperandsOnStack(Expr a, Expr b)
    {
        var pending = deepPending ??= new Stack<(Expr, Expr)>();
        var start = pending.Count;
        PushOperands(pending, a, b);
        var result = 0;
        while (pending.Count > start)
        {
            var (x, y) = pending.Pop();
            if (ReferenceEquals(x, y)) continue;
            result = CompareShallow(x, y);
            if (result != 0) break;
            PushOperands(pending, x, y);
        }
        while (pending.Count > start) pending.Pop();
        return result;
    }

    private static void PushOperands(Stack<(Expr, Expr)> pending, Expr x, Expr y)
    {
        var xs = x.Operands; var ys = y.Operands;
        for (var i = xs.Length - 1; i >= 0; i--) pending.Push((xs[i], ys[i]));
    }

    // Kind, then payload, then number of operands; operands are compared afterwards, left to right.
    private static int CompareShallow(Expr x, Expr y)
    {
        // As bytes: Enum.CompareTo(object) would box the other kind on every comparison.
        var c = ((byte)x.Kind).CompareTo((byte)y.Kind);
        if (c != 0) return c;
        // By kind, a jump table, rather than a chain of type tests; powers, products and sums have no payload.
        c = x.Kind switch
        {
            ExprKind.Number => ((Number)x).Value.CompareTo(((Number)y).Value),
            ExprKind.Constant => string.CompareOrdinal(((Constant)x).Name, ((Constant)y).Name),
            ExprKind.Variable => NaturalCompare(((Variable)x).Name, ((Variable)y).Name),
            ExprKind.Call => string.CompareOrdinal(((Call)x).Function.Name, ((Call)y).Function.Name),
            _ => 0,
        };
        if (c != 0) return c;
        c = x.Operands.Length.CompareTo(y.Operands.Length);
        // Height before operands: two long chains (sin(sin(…))) of different depth differ at once,
        // instead of after walking the shorter one to its leaf.
        return c != 0 ? c : x.Depth.CompareTo(y.Depth);
    }

    /// <summary>
    /// Sorts <paramref name="list"/> whose first <paramref name="sortedPrefix"/> items are already in order:
    /// sorts the rest and merges, so adding a few operands to a large sorted product or sum costs linear
    /// time instead of a full sort. Either sort is <see cref="InterleavedRunSort"/>, linear when the items arrive
    /// as a few sequences each in order, as the terms of a long sum written in index order do.
    /// </summary>
    internal static void SortWithSortedPrefix<T>(List<T> list, int sortedPrefix, Comparison<T> compare)
    {
        var n = list.Count;
        var items = CollectionsMarshal.AsSpan(list);
        // Merging pays when the sorted prefix is long and the unsorted tail short next to it (a quarter at most);
        // otherwise one full sort is as fast and simpler.
        const int MinPrefixWorthMerging = 16, MaxTailPerPrefix = 4;
        if (sortedPrefix < MinPrefixWorthMerging || n - sortedPrefix > sortedPrefix / MaxTailPerPrefix)
        {
            InterleavedRunSort.Sort(items, compare);
            return;
        }
        if (sortedPrefix >= n) return;
        var tail = list.GetRange(sortedPrefix, n - sortedPrefix);
        InterleavedRunSort.Sort(CollectionsMarshal.AsSpan(tail), compare);
        var head = list.GetRange(0, sortedPrefix);
        int i = 0, j = 0, k = 0;
        while (i < head.Count && j < tail.Count) items[k++] = compare(head[i], tail[j]) <= 0 ? head[i++] : tail[j++];
        while (i < head.Count) items[k++] = head[i++];
        while (j < tail.Count) items[k++] = tail[j++];
    }

    /// <summary>Orders names the way people count: <c>x2</c> before <c>x10</c>.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                // Compare the digit runs as numbers: without leading zeros, the longer run is larger.
                int si = i, sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i])) i++;
                while (j < b.Length && char.IsAsciiDigit(b[j])) j++;
                while (si < i && a[si] == '0') si++;
                while (sj < j && b[sj] == '0') sj++;
                if (i - si != j - sj) return (i - si).CompareTo(j - sj);
                for (; si < i; si++, sj++)
                    if (a[si] != b[sj]) return a[si].CompareTo(b[sj]);
            }
            else
            {
                if (a[i] != b[j]) return a[i].CompareTo(b[j]);
                i++; j++;
            }
        }
        var rest = (a.Length - i).CompareTo(b.Length - j);
        return rest != 0 ? rest : string.CompareOrdinal(a, b);
    }

    /// <summary>Order of factors in a product: by base, then by exponent.</summary>
    internal static int CompareFactors(Expr a, Expr b)
    {
        var (ba, ea) = Expr.SplitPower(a);
        var (bb, eb) = Expr.SplitPower(b);
        var c = Instance.Compare(ba, bb);
        return c != 0 ? c : Instance.Compare(ea, eb);
    }

}

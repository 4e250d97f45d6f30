namespace Symbolic.Codegen;

/// <summary>
/// A run of index-shifted copies of one template: the copy at position <c>Start + k*Stride</c> (k below
/// <see cref="Count"/>) is <see cref="Templates"/> with every variable index moved by <c>k*Stride</c>. Several
/// templates over the same positions share one loop (Rosenbrock's <c>100*(x[i+1] - x[i]^2)^2</c> and
/// <c>(1 - x[i])^2</c>). Each template is written as its copy at <see cref="Start"/>.
/// </summary>
internal sealed record IndexedRun(int Start, int Count, int Stride, List<Expr> Templates)
{
    /// <summary>Positions one past the last: the loop bound.</summary>
    public int End => Start + Count * Stride;
}

/// <summary>
/// Finds index-shifted repeats (<see cref="ShiftShapes"/>) worth a loop: among the terms of a wide sum, and among
/// consecutive outputs such as the components of a gradient (∂f/∂x[i] for the inner i of Rosenbrock share a shape).
/// </summary>
internal static class IndexedRuns
{
    /// <summary>Fewer copies than this stay unrolled: a loop only pays off when it replaces many statements.</summary>
    public const int MinimumCount = 8;

    /// <summary>
    /// Runs among the <paramref name="terms"/> of a sum, positioned by each term's lowest variable index. Terms
    /// that are in no run are returned in <paramref name="rest"/>, in their original order.
    /// </summary>
    public static List<IndexedRun> InSum(IReadOnlyList<Expr> terms, ShiftShapes shapes, out List<Expr> rest)
    {
        var groups = new Dictionary<int, List<(int Position, Expr Term)>>();
        foreach (var term in terms)
        {
            var (shape, lowest) = shapes.Of(term);
            if (lowest == ShiftShapes.NoVariables) continue;
            if (!groups.TryGetValue(shape, out var members)) groups[shape] = members = [];
            members.Add((lowest, term));
        }
        var looped = new HashSet<Expr>();
        var runs = new List<IndexedRun>();
        foreach (var members in groups.Values)
        {
            if (members.Count < MinimumCount) continue;
            // Equal shapes at one position would be one and the same term, which a sum never holds twice.
            members.Sort((a, b) => a.Position.CompareTo(b.Position));
            foreach (var (from, count, stride) in ArithmeticRuns(members.Select(m => m.Position).ToList()))
            {
                for (var k = from; k < from + count; k++) looped.Add(members[k].Term);
                Join(runs, members[from].Position, count, stride, members[from].Term);
            }
        }
        rest = terms.Where(t => !looped.Contains(t)).ToList();
        return runs;
    }

    /// <summary>
    /// Runs among outputs: <paramref name="outputs"/>[p] is stored at position p, and p..p+k-1 form a run when each
    /// is the previous one shifted by one index. Outputs already taken care of (<paramref name="taken"/>) are in no run
    /// and need no shape.
    /// </summary>
    public static List<IndexedRun> InOutputs(IReadOnlyList<Expr> outputs, ShiftShapes shapes, Func<int, bool> taken)
    {
        var runs = new List<IndexedRun>();
        var p = 0;
        while (p < outputs.Count)
        {
            var end = p + 1;
            if (!taken(p) && shapes.Of(outputs[p]) is var (shape, lowest) && lowest != ShiftShapes.NoVariables)
            {
                while (end < outputs.Count && !taken(end) && shapes.Of(outputs[end]) == (shape, lowest + end - p)) end++;
                if (end - p >= MinimumCount) runs.Add(new IndexedRun(p, end - p, 1, [outputs[p]]));
                else end = p + 1;
            }
            p = end;
        }
        return runs;
    }

    // Maximal runs of equally spaced positions (sorted, distinct), as (first member, count, stride).
    private static IEnumerable<(int From, int Count, int Stride)> ArithmeticRuns(List<int> positions)
    {
        var from = 0;
        while (from < positions.Count)
        {
            var end = from + 1;
            if (end < positions.Count)
            {
                var stride = positions[end] - positions[from];
                while (end + 1 < positions.Count && positions[end + 1] - positions[end] == stride) end++;
                end++;
                if (end - from >= MinimumCount)
                {
                    yield return (from, end - from, stride);
                    from = end;
                    continue;
                }
            }
            from++;
        }
    }

    private static void Join(List<IndexedRun> runs, int start, int count, int stride, Expr template)
    {
        foreach (var run in runs)
        {
            if (run.Start != start || run.Count != count || run.Stride != stride) continue;
            run.Templates.Add(template);
            return;
        }
        runs.Add(new IndexedRun(start, count, stride, [template]));
    }
}

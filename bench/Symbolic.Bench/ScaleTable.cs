using System.Diagnostics;
using Symbolic.Codegen;

namespace Symbolic.Bench;

/// <summary>
/// <c>symbench --scale-table</c>: for each scale family and n = 10, 100, 1,000, 10,000, 100,000, the distinct nodes
/// and edges (operand references) of f and of its gradient DAG, and stopwatch times of parse, gradient, compile of
/// value+gradient, and one evaluation, as a markdown table. Each time is the best of <see cref="Runs"/> runs after a
/// warm-up at n = 10, so a cell measures the work and not the JIT or a neighbour's burst on a shared machine. The
/// last column divides parse + gradient + compile by the same at n/10, when the table has that size: linear
/// growth is 10. Edges show work that node counts hide: an n-ary product's n partials share no operand list.
/// </summary>
public static class ScaleTable
{
    /// <summary>The sizes of the table.</summary>
    public static readonly int[] Sizes = [10, 100, 1_000, 10_000, 100_000];

    /// <summary>Runs per cell; each phase reports its best.</summary>
    public const int Runs = 3;

    /// <summary>A row is skipped (and marked) when the previous size of its family took longer than this in all.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    /// <summary>Prints the table to <paramref name="output"/>, for <paramref name="sizes"/> and one family or all.</summary>
    public static void Print(TextWriter output, IReadOnlyList<int>? sizes = null, string? onlyFamily = null)
    {
        foreach (var family in ScaleFamilies.All) Measure(family, 10);   // JIT warm-up, not reported
        output.WriteLine("| family | n | nodes f | edges f | nodes ∇f | edges ∇f | parse ms | gradient ms | compile ms | eval ms | × n/10 |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var family in ScaleFamilies.All.Where(f => onlyFamily is null || f.Name.StartsWith(onlyFamily, StringComparison.Ordinal)))
        {
            var skip = false;
            var totals = new Dictionary<int, TimeSpan>();
            foreach (var n in sizes ?? Sizes)
            {
                if (n > family.MaxN) { output.WriteLine($"| {family.Name} | {n:N0} | capped: {family.Cap} | | | | | | | | |"); continue; }
                if (skip) { output.WriteLine($"| {family.Name} | {n:N0} | skipped: the previous size took over {Budget.TotalSeconds:0} s | | | | | | | | |"); continue; }
                var row = Enumerable.Range(0, Runs).Select(_ => Measure(family, n)).Aggregate(Best);
                var total = row.Parse + row.Gradient + (row.Compile ?? TimeSpan.Zero);
                totals[n] = total;
                var growth = n % 10 == 0 && totals.TryGetValue(n / 10, out var smaller) && smaller > TimeSpan.Zero
                    ? $"{total / smaller:0.0}" : "";
                output.WriteLine($"| {family.Name} | {n:N0} | {row.NodesF:N0} | {row.EdgesF:N0} | {row.NodesGradient:N0} | {row.EdgesGradient:N0} | " +
                    $"{row.Parse.TotalMilliseconds:N0} | {row.Gradient.TotalMilliseconds:N0} | {Cell(row.Compile)} | {Cell(row.Evaluate)} | {growth} |");
                output.Flush();
                skip = total > Budget;
            }
        }
    }

    private sealed record Row(int NodesF, long EdgesF, int NodesGradient, long EdgesGradient,
        TimeSpan Parse, TimeSpan Gradient, TimeSpan? Compile, TimeSpan? Evaluate, string? CompileError);

    private static Row Best(Row a, Row b) => a with
    {
        Parse = Min(a.Parse, b.Parse),
        Gradient = Min(a.Gradient, b.Gradient),
        Compile = a.Compile is { } x && b.Compile is { } y ? Min(x, y) : a.Compile ?? b.Compile,
        Evaluate = a.Evaluate is { } u && b.Evaluate is { } v ? Min(u, v) : a.Evaluate ?? b.Evaluate,
    };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static Row Measure(ScaleFamilies.Family family, int n)
    {
        var text = family.Text(n);
        var names = family.Variables(n);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        // Deep families pass the default nesting limit beyond n = 10,000, and long ones the input limit: both are raised for them.
        var f = Expressions.Parse(text, new Symbolic.Syntax.ParserOptions
        {
            MaxNestingDepth = Math.Max(Symbolic.Syntax.SyntaxParser.MaxNestingDepth, n + 10),
            MaxInputLength = Math.Max(Symbolic.Syntax.SyntaxParser.MaxInputLength, text.Length),
        });
        var parse = clock.Elapsed;
        clock.Restart();
        var gradient = Calculus.Gradient(f, names.Select(Expr.Var).ToArray());
        var gradientTime = clock.Elapsed;
        TimeSpan? compile = null, evaluate = null;
        string? error = null;
        try
        {
            clock.Restart();
            var compiled = Compiler.ValueAndGradient(f, names);
            compile = clock.Elapsed;
            var point = Enumerable.Range(0, names.Length).Select(i => 0.5 + 0.25 * Math.Sin(i)).ToArray();
            clock.Restart();
            compiled(point, new double[names.Length]);
            evaluate = clock.Elapsed;
        }
        catch (InvalidProgramException e)
        {
            error = e.GetType().Name;
        }
        return new Row(f.CountNodes(), Edges([f]), ExprWalk.CountNodes(gradient), Edges(gradient),
            parse, gradientTime, compile, evaluate, error);
    }

    private static long Edges(IEnumerable<Expr> roots) => ExprWalk.TopologicalOrder(roots).Sum(e => (long)e.Args.Count);

    private static string Cell(TimeSpan? time) => time is { } t ? $"{t.TotalMilliseconds:N0}" : "InvalidProgramException";
}

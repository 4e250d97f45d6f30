using System.Runtime.CompilerServices;

namespace Symbolic.Parser.Tests.Model;

/// <summary>Hash-consing across threads, and weak entries: what nobody holds can be collected.</summary>
public class InternTableTests
{
    [Fact]
    public void ParsingOnManyThreads_GivesOneObjectPerDistinctExpression()
    {
        var texts = Enumerable.Range(0, 50).Select(i => $"sin(x{i % 10})^2 + {i % 7}*y*x{i % 10} - exp(-z/{i % 3 + 1})").ToArray();
        var results = new Expr[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var mine = new Expr[texts.Length];
            for (var round = 0; round < 20; round++)
                for (var i = 0; i < texts.Length; i++) mine[(i + t) % texts.Length] = Expressions.Parse(texts[(i + t) % texts.Length]);
            results[t] = mine;
        });
        for (var i = 0; i < texts.Length; i++)
        {
            foreach (var r in results) Assert.Same(results[0][i], r[i]);
            Assert.Same(results[0][i], Expressions.Parse(texts[i]));
        }
    }

    [Fact]
    public void EqualNodesBuiltOnManyThreads_AreTheSameObject()
    {
        var built = new Expr[4][];
        Parallel.For(0, built.Length, t =>
            built[t] = Enumerable.Range(0, 2_000).Select(i => Expr.Multiply(Expr.Var($"intern_v{i}"), Expr.Num(i + 2))).ToArray());
        for (var i = 0; i < 2_000; i++)
            foreach (var b in built) Assert.Same(built[0][i], b[i]);
    }

    [Fact]
    public void AnUnreferencedExpression_CanBeCollected()
    {
        var weak = BuildAndDrop("intern_unreferenced");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(weak.TryGetTarget(out _));
        // Built again, it is a new node, and still the only one.
        Assert.Same(Expressions.Parse("intern_unreferenced^2 + 1"), Expressions.Parse("intern_unreferenced^2 + 1"));
    }

    [Fact]
    public void ManyCollectedExpressions_DoNotGrowTheTable()
    {
        var capacities = new List<int>();
        for (var round = 0; round < 20; round++)
        {
            BuildGarbage(round, 100_000);
            GC.Collect();
            capacities.Add(InternTable.Capacity);
        }
        // 2,000,000 nodes built in all, about 100,000 alive at once (plus whatever other tests hold): were dead
        // entries kept, the table would need more than 4,000,000 slots to stay at most half full.
        Assert.True(capacities[^1] < 4_000_000, string.Join(", ", capacities));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<Expr> BuildAndDrop(string name) =>
        new(Expressions.Parse($"{name}^2 + 1"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BuildGarbage(int round, int count)
    {
        for (var i = 0; i < count; i++) Expr.Var($"intern_garbage_{round}_{i}");
    }
}

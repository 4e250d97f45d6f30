using FsCheck;
using FsCheck.Fluent;

namespace Symbolic.Parser.Tests.Model;

/// <summary>
/// The sort of large sums and products: the same order as a full sort on every input, and linear on input made of a
/// few ascending sequences interleaved (counted in comparisons, not timed).
/// </summary>
public class InterleavedRunSortTests
{
    [Fact]
    public void Sort_OfAnyInts_GivesTheSortedOrder()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int[]>(), values =>
        {
            var items = (int[])values.Clone();
            InterleavedRunSort.Sort(items.AsSpan(), (a, b) => a.CompareTo(b));
            return items.SequenceEqual(values.Order());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sort_OfInterleavedAscendingSequences_GivesTheSortedOrder()
    {
        // Sequences up to past the limit of the linear path, so the fallback is exercised too.
        var shapes = Gen.Choose(1, InterleavedRunSort.MaxSequences + 3)
            .SelectMany(k => Gen.Choose(0, 400).SelectMany(n => Gen.ArrayOf(Gen.Choose(-50, 50), n))
                .SelectMany(values => Gen.ArrayOf(Gen.Choose(0, k - 1), values.Length).Select(which => Interleave(values, which, k))));
        Prop.ForAll(shapes.ToArbitrary(), input =>
        {
            var items = (int[])input.Clone();
            InterleavedRunSort.Sort(items.AsSpan(), (a, b) => a.CompareTo(b));
            return items.SequenceEqual(input.Order());
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Sort_OfInputInOrder_ComparesEachNeighbourOnce(int n)
    {
        var items = Enumerable.Range(0, n).ToArray();
        Assert.Equal(n - 1, CountComparisons(items));
        Assert.Equal(Enumerable.Range(0, n), items);
    }

    [Fact]
    public void Sort_OfTwoInterleavedSequences_ComparesLinearly()
    {
        // a0 b0 a1 b1 …, every b below every a: the shape of the Rosenbrock sum's terms.
        const int N = 100_000;
        var items = Enumerable.Range(0, N).Select(i => i % 2 == 0 ? N + i : i).ToArray();
        var comparisons = CountComparisons(items);
        Assert.True(comparisons <= 3 * N, $"{comparisons} comparisons for {N} items");
        Assert.Equal(items.Order(), items);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void Sort_OfRoundRobinSequences_ComparesAboutLogKTimesEach(int k)
    {
        const int N = 60_000;
        var items = Enumerable.Range(0, N).Select(i => (i % k) * N + i / k).ToArray();
        var comparisons = CountComparisons(items);
        Assert.True(comparisons <= N * (2 + 2 * Math.Ceiling(Math.Log2(k))), $"{comparisons} comparisons for {N} items in {k} sequences");
        Assert.Equal(items.Order(), items);
    }

    [Fact]
    public void Sort_OfReversedInput_FallsBackAndSorts()
    {
        var items = Enumerable.Range(0, 5_000).Reverse().ToArray();
        InterleavedRunSort.Sort(items.AsSpan(), (a, b) => a.CompareTo(b));
        Assert.Equal(Enumerable.Range(0, 5_000), items);
    }

    [Fact]
    public void Add_OfTermsInIndexOrder_IsTheSumOfTheShuffledTerms()
    {
        // The linear path (terms in index order) and the full sort (shuffled) must agree on the canonical order.
        const int N = 2_000;
        var x = Enumerable.Range(0, N).Select(i => Expr.Var($"x{i}")).ToArray();
        var terms = new List<Expr>();
        for (var i = 0; i + 1 < N; i++)
        {
            terms.Add(Expr.Multiply(100, Expr.Pow(x[i + 1] - Expr.Pow(x[i], 2), 2)));
            terms.Add(Expr.Pow(1 - x[i], 2));
        }
        var inOrder = Expr.Add(terms);
        var shuffled = terms.ToArray();
        new Random(11).Shuffle(shuffled);
        Assert.Same(inOrder, Expr.Add(shuffled));
        for (var i = 1; i < inOrder.Args.Count; i++)
            Assert.True(ExprOrder.Instance.Compare(inOrder.Args[i - 1], inOrder.Args[i]) < 0, $"terms {i - 1} and {i} out of order");
    }

    [Fact]
    public void Multiply_OfFactorsInIndexOrder_IsTheProductOfTheShuffledFactors()
    {
        const int N = 3_000;
        var factors = Enumerable.Range(0, N).Select(i => i % 3 == 0 ? Expr.Pow(Expr.Var($"x{i}"), 2) : Expr.Apply("sin", Expr.Var($"x{i}"))).ToArray();
        var inOrder = Expr.Multiply(factors);
        var shuffled = factors.ToArray();
        new Random(12).Shuffle(shuffled);
        Assert.Same(inOrder, Expr.Multiply(shuffled));
        for (var i = 1; i < inOrder.Args.Count; i++)
            Assert.True(ExprOrder.CompareFactors(inOrder.Args[i - 1], inOrder.Args[i]) < 0, $"factors {i - 1} and {i} out of order");
    }

    private static int[] Interleave(int[] values, int[] which, int k)
    {
        var sequences = Enumerable.Range(0, k).Select(s => new Queue<int>(values.Where((_, i) => which[i] == s).Order())).ToArray();
        return which.Select(s => sequences[s].Dequeue()).ToArray();
    }

    private static int CountComparisons(int[] items)
    {
        var comparisons = 0;
        InterleavedRunSort.Sort(items.AsSpan(), (a, b) =>
        {
            comparisons++;
            return a.CompareTo(b);
        });
        return comparisons;
    }
}

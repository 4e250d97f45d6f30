using System.Buffers;
using System.Runtime.CompilerServices;

namespace Symbolic;

/// <summary>
/// A sort that is linear on input made of a few ascending sequences interleaved, and falls back to the ordinary
/// sort for any other input. A large sum as people write it arrives that way: in a Rosenbrock function of 100,000
/// variables the terms <c>100*(x[i+1]-x[i]^2)^2</c> and <c>(1-x[i])^2</c> alternate, and each kind of term is
/// already in canonical order among its own kind, while a general sort compares each term about seventeen times.
/// </summary>
/// <remarks>
/// Each item goes onto the first of at most <see cref="MaxSequences"/> ascending piles whose last item is smaller
/// (the piles' last items stay in decreasing order, so this is the pile with the largest smaller last item, which
/// needs the fewest piles); then the piles are merged pairwise, a merge whose two piles do not overlap being a copy.
/// Input already in order costs n - 1 comparisons, k interleaved sequences about n·log2(k) more. When an item fits
/// no pile and all piles are taken, the input is not of that shape and the ordinary sort sorts it from scratch;
/// random input is found out within a few dozen items. With a comparison that ties only for equal items, every
/// correct sort gives the same order, so the result is exactly the ordinary sort's.
/// </remarks>
internal static class InterleavedRunSort
{
    /// <summary>The most ascending sequences an input may interleave for the linear path.</summary>
    public const int MaxSequences = 8;

    // Below this the ordinary sort (an insertion sort at these sizes) is as cheap as sorting the piles.
    private const int MinLength = 32;

    /// <summary>Sorts <paramref name="items"/> ascending by <paramref name="compare"/>.</summary>
    public static void Sort<T>(Span<T> items, Comparison<T> compare)
    {
        var n = items.Length;
        if (n < MinLength)
        {
            items.Sort(compare);
            return;
        }
        var pileOf = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            Span<int> last = stackalloc int[MaxSequences];   // index of each pile's last item, largest first
            Span<int> counts = stackalloc int[MaxSequences];
            counts.Clear();
            var piles = 0;
            for (var i = 0; i < n; i++)
            {
                var pile = PileFor(items, last, piles, items[i], compare);
                if (pile == piles)
                {
                    if (piles == MaxSequences)
                    {
                        items.Sort(compare);
                        return;
                    }
                    piles++;
                }
                last[pile] = i;
                pileOf[i] = (byte)pile;
                counts[pile]++;
            }
            if (piles > 1) MergePiles(items, pileOf, counts[..piles], compare);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(pileOf);
        }
    }

    // The first pile whose last item is smaller than item, or piles when there is none. The last items decrease
    // from pile to pile, so that is a binary search; the first pile, where input in order goes, is tried first.
    private static int PileFor<T>(Span<T> items, Span<int> last, int piles, T item, Comparison<T> compare)
    {
        if (piles == 0 || compare(items[last[0]], item) < 0) return 0;
        int lo = 1, hi = piles;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (compare(items[last[mid]], item) < 0) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    // Gathers each pile into one run of a scratch array, then merges neighbouring runs until one is left.
    private static void MergePiles<T>(Span<T> items, byte[] pileOf, Span<int> counts, Comparison<T> compare)
    {
        var n = items.Length;
        var scratch = ArrayPool<T>.Shared.Rent(n);
        try
        {
            Span<int> bounds = stackalloc int[MaxSequences + 1];
            bounds[0] = 0;
            for (var p = 0; p < counts.Length; p++) bounds[p + 1] = bounds[p] + counts[p];
            Span<int> next = stackalloc int[MaxSequences];
            bounds[..counts.Length].CopyTo(next);
            for (var i = 0; i < n; i++) scratch[next[pileOf[i]]++] = items[i];

            Span<T> source = scratch.AsSpan(0, n), target = items;
            var runs = counts.Length;
            while (runs > 1)
            {
                var merged = 0;
                for (var r = 0; r < runs; r += 2)
                {
                    if (r + 1 < runs) MergeRuns(source, target, bounds[r], bounds[r + 1], bounds[r + 2], compare);
                    else source[bounds[r]..bounds[r + 1]].CopyTo(target[bounds[r]..bounds[r + 1]]);
                    bounds[++merged] = bounds[Math.Min(r + 2, runs)];
                }
                runs = merged;
                var swap = source;
                source = target;
                target = swap;
            }
            if (source != items) source.CopyTo(items);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(scratch, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    // Merges source[start..middle) and source[middle..end), both sorted, into target[start..end).
    private static void MergeRuns<T>(Span<T> source, Span<T> target, int start, int middle, int end, Comparison<T> compare)
    {
        if (compare(source[middle - 1], source[middle]) <= 0)
        {
            source[start..end].CopyTo(target[start..end]);
            return;
        }
        int i = start, j = middle, k = start;
        while (i < middle && j < end) target[k++] = compare(source[i], source[j]) <= 0 ? source[i++] : source[j++];
        source[i..middle].CopyTo(target[k..]);
        k += middle - i;
        source[j..end].CopyTo(target[k..]);
    }
}

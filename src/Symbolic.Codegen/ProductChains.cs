namespace Symbolic.Codegen;

/// <summary>
/// Shares the work of wide products that have runs of factors in common. The gradient of <c>x1*x2*…*xn</c> has n
/// partials of n - 1 factors each: n² multiplications when each is computed on its own, but ∂/∂xi is the product of
/// the factors before xi times the product of those after it, and those prefix and suffix products are shared by
/// all the partials: about 3n multiplications. In general each wide product is split into the longest prefix of its
/// factors that another wide product also starts with, the longest such suffix, and the factors in between.
/// Prefix products are accumulated left to right, as the unshared product would be; suffix products right to left.
/// </summary>
/// <remarks>
/// Shared prefixes are found by sorting the factor sequences: the longest prefix a product shares with any other is
/// its longer common prefix with its two neighbours in sorted order, and a prefix it shares with its predecessor is
/// the predecessor's very chain link. Suffixes likewise, on the reversed sequences. This runs on every compilation
/// of a gradient, so it avoids hashing each of the n² factor occurrences.
/// </remarks>
internal sealed class ProductChains
{
    /// <summary>A link of a chain: the product of <see cref="Parent"/>'s factors and <see cref="Factor"/>.</summary>
    /// <param name="Parent">The shorter chain, or -1 for the chain of one factor.</param>
    /// <param name="Factor">The factor this link multiplies in.</param>
    public readonly record struct Link(int Parent, Expr Factor);

    /// <summary>How one product is computed: chain <see cref="Prefix"/>, then <see cref="Middle"/>, then chain <see cref="Suffix"/> (-1: none).</summary>
    public sealed record Split(int Prefix, Expr[] Middle, int Suffix);

    private readonly List<Link> links = [];
    private readonly Dictionary<int, Split> splits = [];

    /// <param name="products">
    /// The wide products: their plan index, their factors (without a leading numeric coefficient) and the plan index of
    /// each factor, which identifies it. Each product once.
    /// </param>
    public ProductChains(IReadOnlyList<(int Node, Expr[] Factors, int[] FactorIds)> products)
    {
        if (products.Count < 2) return;
        var prefixes = SharedChains(products, backwards: false);
        var suffixes = SharedChains(products, backwards: true);
        for (var p = 0; p < products.Count; p++)
        {
            var (node, factors, _) = products[p];
            var m = factors.Length;
            var a = prefixes[p].Length;
            var b = Math.Min(suffixes[p].Length, m - a);
            // A shared run of one factor saves nothing.
            if (a < 2) a = 0;
            if (b < 2) b = 0;
            if (a == 0 && b == 0) continue;
            splits[node] = new Split(a == 0 ? -1 : prefixes[p][a - 1], factors[a..(m - b)], b == 0 ? -1 : suffixes[p][b - 1]);
        }
    }

    /// <summary>The links, each after its parent: the order to compute them in.</summary>
    public IReadOnlyList<Link> Links => links;

    /// <summary>
    /// The links of two or more factors that <paramref name="link"/> needs and that are not computed yet
    /// (<paramref name="isComputed"/>), shortest first: the order to compute them in.
    /// </summary>
    public IEnumerable<int> MissingLinks(int link, Func<int, bool> isComputed)
    {
        var missing = new Stack<int>();
        for (var k = link; k >= 0 && links[k].Parent >= 0 && !isComputed(k); k = links[k].Parent) missing.Push(k);
        return missing;
    }

    /// <summary>The split of product node <paramref name="node"/> (a plan index), if it shares a prefix or suffix.</summary>
    public Split? SplitOf(int node) => splits.GetValueOrDefault(node);

    // For each product, the links of its longest prefix (suffix when backwards) shared with another product: entry d
    // is the link of its first d + 1 factors.
    private int[][] SharedChains(IReadOnlyList<(int Node, Expr[] Factors, int[] FactorIds)> products, bool backwards)
    {
        int At(int p, int d) => products[p].FactorIds[backwards ? products[p].FactorIds.Length - 1 - d : d];
        int CommonLength(int p, int q)
        {
            var length = Math.Min(products[p].FactorIds.Length, products[q].FactorIds.Length);
            var d = 0;
            while (d < length && At(p, d) == At(q, d)) d++;
            return d;
        }
        var order = Enumerable.Range(0, products.Count).ToArray();
        Array.Sort(order, (p, q) =>
        {
            var d = CommonLength(p, q);
            if (d < products[p].FactorIds.Length && d < products[q].FactorIds.Length) return At(p, d).CompareTo(At(q, d));
            return products[p].FactorIds.Length.CompareTo(products[q].FactorIds.Length);
        });
        var common = new int[order.Length + 1];   // common[k]: with the predecessor in sorted order
        for (var k = 1; k < order.Length; k++) common[k] = CommonLength(order[k - 1], order[k]);
        var chains = new int[products.Count][];
        for (var k = 0; k < order.Length; k++)
        {
            var p = order[k];
            var chain = chains[p] = new int[Math.Max(common[k], common[k + 1])];
            var inherited = k > 0 ? Math.Min(common[k], chains[order[k - 1]].Length) : 0;
            for (var d = 0; d < chain.Length; d++)
            {
                if (d < inherited) { chain[d] = chains[order[k - 1]][d]; continue; }
                var factor = products[p].Factors[backwards ? products[p].Factors.Length - 1 - d : d];
                chain[d] = links.Count;
                links.Add(new Link(d == 0 ? -1 : chain[d - 1], factor));
            }
        }
        return chains;
    }
}

namespace Symbolic.Codegen;

/// <summary>
/// Shares the work of wide products that have runs of factors in common. The gradient of <c>x1*x2*…*xn</c> has n
/// partials of n - 1 factors each: n² multiplications when each is computed on its own, but ∂/∂xi is the product of
/// the factors before xi times the product of those after it, and those prefix and suffix products are shared by
/// all the partials: about 3n multiplications. In general each wide product is split into the longest prefix of its
/// factors that another wide product also starts with, the longest such suffix, and the factors in between.
/// Prefix products are accumulated left to right, as the unshared product would be; suffix products right to left.
/// </summary>
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

    /// <param name="products">The wide products (a leading numeric coefficient is not a factor here), each once.</param>
    public ProductChains(IReadOnlyList<(int Node, Expr[] Factors)> products)
    {
        if (products.Count < 2) return;
        var factorIds = new Dictionary<Expr, int>(ReferenceEqualityComparer.Instance);
        var prefixes = new Trie(factorIds);
        var suffixes = new Trie(factorIds);
        foreach (var (_, factors) in products)
        {
            prefixes.Count(factors, backwards: false);
            suffixes.Count(factors, backwards: true);
        }
        var prefixLink = new Dictionary<int, int>();
        var suffixLink = new Dictionary<int, int>();
        foreach (var (node, factors) in products)
        {
            var m = factors.Length;
            var prefixPath = prefixes.SharedPath(factors, backwards: false);
            var suffixPath = suffixes.SharedPath(factors, backwards: true);
            var a = prefixPath.Count;
            var b = Math.Min(suffixPath.Count, m - a);
            // A shared run of one factor saves nothing.
            if (a < 2) a = 0;
            if (b < 2) b = 0;
            if (a == 0 && b == 0) continue;
            var prefix = a == 0 ? -1 : Chain(prefixPath, a, factors, prefixLink, backwards: false);
            var suffix = b == 0 ? -1 : Chain(suffixPath, b, factors, suffixLink, backwards: true);
            splits[node] = new Split(prefix, factors[a..(m - b)], suffix);
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

    // The link computing the first `length` factors of the path (from the end when backwards), made on first use.
    private int Chain(List<int> path, int length, Expr[] factors, Dictionary<int, int> linkOfTrieNode, bool backwards)
    {
        var parent = -1;
        for (var d = 0; d < length; d++)
        {
            if (!linkOfTrieNode.TryGetValue(path[d], out var link))
            {
                link = links.Count;
                links.Add(new Link(parent, factors[backwards ? factors.Length - 1 - d : d]));
                linkOfTrieNode[path[d]] = link;
            }
            parent = link;
        }
        return parent;
    }

    /// <summary>Factor sequences as paths from a root, with how many products pass through each node.</summary>
    private sealed class Trie(Dictionary<Expr, int> factorIds)
    {
        // Keyed by (parent node, factor id) packed into one long: cheaper to hash than a tuple holding an Expr.
        private readonly Dictionary<long, int> children = [];
        private readonly List<int> passing = [];

        public void Count(Expr[] factors, bool backwards)
        {
            var node = -1;
            for (var d = 0; d < factors.Length; d++)
            {
                node = Child(node, factors[backwards ? factors.Length - 1 - d : d], create: true);
                passing[node]++;
            }
        }

        /// <summary>The trie nodes of the longest start of the sequence that at least one other product shares.</summary>
        public List<int> SharedPath(Expr[] factors, bool backwards)
        {
            var path = new List<int>();
            var node = -1;
            for (var d = 0; d < factors.Length; d++)
            {
                node = Child(node, factors[backwards ? factors.Length - 1 - d : d], create: false);
                if (passing[node] < 2) break;
                path.Add(node);
            }
            return path;
        }

        private int Child(int parent, Expr factor, bool create)
        {
            if (!factorIds.TryGetValue(factor, out var id)) factorIds[factor] = id = factorIds.Count;
            var key = ((long)parent << 32) | (uint)id;
            if (children.TryGetValue(key, out var node) || !create) return node;
            node = passing.Count;
            passing.Add(0);
            children[key] = node;
            return node;
        }
    }
}

namespace Symbolic;

/// <summary>
/// Which variables each node of a DAG depends on, differentiably: a variable counts only along edges whose partial
/// is not identically zero (<c>sign(x)</c> depends on x, but not differentiably). From these sets alone come the
/// pattern of a Jacobian (row i is the set of fᵢ) and of a Hessian (<see cref="HessianPattern"/>), without building a
/// single derivative. Sets are sorted arrays of variable positions; a node whose set equals an operand's shares its
/// array, so a chain of unary functions costs one set, not one per node.
/// </summary>
internal sealed class DependencySets
{
    private static readonly int[] None = [];
    private static readonly Expr[] Placeholders = [Expr.Var("u"), Expr.Var("v")];
    private static readonly Dictionary<FunctionDef, FunctionStructure> Functions = [];
    private static readonly Lock FunctionsLock = new();

    private readonly DagNumbering nodes;
    private readonly int[][] sets;
    private readonly int variableCount;

    public DependencySets(IReadOnlyList<Expr> roots, IReadOnlyList<Expr> variables) : this(DagNumbering.Of(roots), variables)
    {
    }

    /// <summary>The sets of the nodes of <paramref name="nodes"/>, numbered already (and shared with other passes).</summary>
    public DependencySets(DagNumbering nodes, IReadOnlyList<Expr> variables)
    {
        this.nodes = nodes;
        variableCount = variables.Count;
        var indexOf = new Dictionary<Expr, int>(variables.Count);
        for (var i = 0; i < variables.Count; i++) indexOf[variables[i]] = i;
        var order = nodes.Order;
        sets = new int[order.Count][];
        var stamp = new int[variables.Count];
        var merged = new List<int>();
        for (var k = 0; k < order.Count; k++)
        {
            var node = order[k];
            if (node is Variable) { sets[k] = indexOf.TryGetValue(node, out var i) ? [i] : None; continue; }
            sets[k] = Union(node, k, stamp, merged);
        }
    }

    /// <summary>The sorted positions of the variables <paramref name="node"/> depends on (a node of the roots).</summary>
    public int[] Of(Expr node) => sets[nodes.NumberOf(node)];

    /// <summary>
    /// Every (row, column) of the Hessian of <paramref name="f"/> (a root) that is not structurally zero, both
    /// triangles: each node that f's value depends on contributes the products of its operands' sets wherever its own
    /// second partials are not identically zero (<c>x*y</c> pairs x with y, <c>sin(u)</c> pairs u's set with itself).
    /// </summary>
    public int[][] HessianPattern(Expr f)
    {
        // A node matters when an adjoint reaches it along edges whose partial is not identically zero.
        var reached = new bool[nodes.Order.Count];
        var top = nodes.NumberOf(f);
        reached[top] = true;
        var pairs = new HashSet<long>();
        for (var k = top; k >= 0; k--)
        {
            if (!reached[k]) continue;
            var operands = nodes.OperandsOf(k);
            var structure = StructureOf(nodes.Order[k]);
            for (var i = 0; i < operands.Length; i++)
            {
                var a = operands[i];
                if (!structure.HasPartial(i) || sets[a].Length == 0) continue;
                reached[a] = true;
                if (!structure.Curved) continue;
                for (var j = i; j < operands.Length; j++)
                    if (structure.Interacts(i, j)) AddProducts(sets[a], sets[operands[j]], pairs);
            }
        }
        return Rows(pairs);
    }

    private int[][] Rows(HashSet<long> pairs)
    {
        var keys = pairs.ToArray();
        Array.Sort(keys);
        var counts = new int[variableCount];
        foreach (var key in keys) counts[(int)(key / variableCount)]++;
        var rows = new int[variableCount][];
        for (var r = 0; r < variableCount; r++) rows[r] = counts[r] == 0 ? None : new int[counts[r]];
        Array.Clear(counts);
        foreach (var key in keys)
        {
            var r = (int)(key / variableCount);
            rows[r][counts[r]++] = (int)(key % variableCount);
        }
        return rows;
    }

    private void AddProducts(int[] left, int[] right, HashSet<long> pairs)
    {
        foreach (var p in left)
            foreach (var q in right)
            {
                pairs.Add((long)p * variableCount + q);
                pairs.Add((long)q * variableCount + p);
            }
    }

    // The union of the sets of the operands the node depends on differentiably; shared when it is one of them.
    private int[] Union(Expr node, int k, int[] stamp, List<int> merged)
    {
        var structure = StructureOf(node);
        var operands = nodes.OperandsOf(k);
        var stampValue = k + 1;
        int[]? only = null;
        var several = false;
        for (var i = 0; i < operands.Length; i++)
        {
            var set = sets[operands[i]];
            if (set.Length == 0 || !structure.HasPartial(i) || ReferenceEquals(set, only)) continue;
            if (only is null) only = set;
            else several = true;
        }
        if (!several) return only ?? None;
        merged.Clear();
        for (var i = 0; i < operands.Length; i++)
        {
            if (!structure.HasPartial(i)) continue;
            foreach (var v in sets[operands[i]])
                if (stamp[v] != stampValue) { stamp[v] = stampValue; merged.Add(v); }
        }
        merged.Sort();
        // A union equal to one operand's set (x*(x+1)) shares that set.
        for (var i = 0; i < operands.Length; i++)
            if (sets[operands[i]].Length == merged.Count && structure.HasPartial(i)) return sets[operands[i]];
        return merged.ToArray();
    }

    private FunctionStructure StructureOf(Expr node) => node switch
    {
        Sum => FunctionStructure.Linear,
        Product => FunctionStructure.Product,
        Power p => p.Exponent is Number ? FunctionStructure.PowerOfBase : FunctionStructure.PowerOfBoth,
        Call c => StructureOf(c.Function),
        _ => FunctionStructure.Linear,
    };

    private static FunctionStructure StructureOf(FunctionDef function)
    {
        lock (FunctionsLock)
        {
            if (Functions.TryGetValue(function, out var known)) return known;
            // The function's own first and second partials, in placeholders u and v: which are identically zero.
            var args = Placeholders[..function.Arity];
            var partials = function.Partials(args);
            var hasPartial = partials.Select(p => p != Expr.Zero).ToArray();
            var second = new bool[args.Length, args.Length];
            for (var i = 0; i < args.Length; i++)
                for (var j = 0; j < args.Length; j++)
                    second[i, j] = hasPartial[i] && Calculus.Diff(partials[i], args[j]) != Expr.Zero;
            var structure = new FunctionStructure(i => hasPartial[i], (i, j) => second[i, j], second.Cast<bool>().Any(b => b));
            Functions[function] = structure;
            return structure;
        }
    }

    /// <summary>Which first partials of a node's operation are not identically zero, and which second partials.</summary>
    private sealed class FunctionStructure(Func<int, bool> hasPartial, Func<int, int, bool> interacts, bool curved = true)
    {
        public static readonly FunctionStructure Linear = new(_ => true, (_, _) => false, curved: false);

        // Distinct factors of a canonical product are never constant zero; each pair of factors interacts.
        public static readonly FunctionStructure Product = new(_ => true, (i, j) => i != j);

        // b^c with a number c ≠ 0, 1 (the factories fold those): only the base, curved.
        public static readonly FunctionStructure PowerOfBase = new(i => i == 0, (i, j) => i == 0 && j == 0);

        public static readonly FunctionStructure PowerOfBoth = new(_ => true, (_, _) => true);

        /// <summary>Whether any second partial may be non-zero; a sum's is not, so its operands are never paired (that would cost the square of its length).</summary>
        public bool Curved => curved;

        public bool HasPartial(int i) => hasPartial(i);

        public bool Interacts(int i, int j) => interacts(i, j) || interacts(j, i);
    }
}

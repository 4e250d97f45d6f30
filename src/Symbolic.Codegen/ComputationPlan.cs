using Symbolic.Numbers;

namespace Symbolic.Codegen;

/// <summary>
/// Decides, once per compilation, how each distinct DAG node is computed: folded to a constant (no variables
/// below it), kept in a local (shared, an output, or too deep to inline), or written inline into its single
/// consumer, and which wide products share chains of factors (<see cref="Chains"/>). When each local is read for
/// the last time, so that its slot can be reused, is the <see cref="StatementSchedule"/>'s concern.
/// </summary>
internal sealed class ComputationPlan
{
    /// <summary>Inline expressions nest at most this deep, so <c>LambdaExpression.Compile</c> never recurses far.</summary>
    public const int MaxInlineDepth = 24;

    /// <summary>Sums and products with more operands become one accumulating statement per operand.</summary>
    public const int MaxInlineOperands = 16;

    /// <summary>Integer powers up to this magnitude become multiplications; larger ones call <c>Math.Pow</c>.</summary>
    public const int MaxMultipliedPower = RealPower.MaxMultipliedPower;

    private readonly Dictionary<Expr, int> indexOf = new();
    private readonly bool[] isConstant;
    private readonly double[] constantValue;
    private readonly bool[] isMaterialized;
    private readonly int[] uses;
    private readonly Dictionary<int, Fusion> fusions = [];

    public ComputationPlan(IReadOnlyList<Expr> roots, IReadOnlyCollection<Expr>? pinned = null)
    {
        Order = ExprWalk.TopologicalOrder(roots);
        var count = Order.Count;
        for (var i = 0; i < count; i++) indexOf[Order[i]] = i;
        isConstant = new bool[count];
        constantValue = new double[count];
        isMaterialized = new bool[count];
        Roots = roots;
        Pinned = pinned ?? [];

        FoldConstants();
        uses = CountUses(roots);
        FindFusedPairs();
        ChooseLocals(uses, roots);
        Chains = new ProductChains(WideProducts());
    }

    /// <summary>How wide products share runs of factors (the partials of a long product).</summary>
    public ProductChains Chains { get; }

    /// <summary>
    /// True when node <paramref name="index"/> is a wide sum or product computed by one accumulating statement per
    /// operand; a product split into shared chains (<see cref="Chains"/>) is computed at once instead.
    /// </summary>
    public bool IsAccumulated(int index) =>
        StatementSchedule.IsWide(Order[index]) && Chains.SplitOf(index) is null;

    /// <summary>
    /// Node <paramref name="Partner"/> is the other function of <paramref name="Pair"/> at the same argument: one call
    /// computes both (<c>Math.SinCos</c>), into two locals.
    /// </summary>
    public readonly record struct Fusion(int Partner, FusedPair Pair);

    /// <summary>The fused call that computes node <paramref name="index"/> with its partner, if any.</summary>
    public Fusion? FusionOf(int index) => fusions.TryGetValue(index, out var fusion) ? fusion : null;

    /// <summary>The distinct nodes, operands before their consumers.</summary>
    public List<Expr> Order { get; }

    /// <summary>The outputs, in the caller's order.</summary>
    public IReadOnlyList<Expr> Roots { get; }

    /// <summary>Nodes read after the last statement (the returned value): their locals are never reused.</summary>
    public IReadOnlyCollection<Expr> Pinned { get; }

    public int IndexOf(Expr node) => indexOf[node];

    public bool IsConstant(Expr node) => isConstant[indexOf[node]];

    public bool IsConstant(int index) => isConstant[index];

    public double ConstantValue(Expr node) => constantValue[indexOf[node]];

    /// <summary>
    /// True when node <paramref name="index"/> is an output read by nothing else, not even after the statements
    /// (<see cref="Pinned"/>): its value can go straight into its store.
    /// </summary>
    public bool IsReadOnlyByItsStore(int index) => uses[index] == 1 && !Pinned.Contains(Order[index]);

    /// <summary>True when the node gets its own local (variables always do).</summary>
    public bool IsMaterialized(int index) => isMaterialized[index];

    public bool IsMaterialized(Expr node) => isMaterialized[indexOf[node]];

    /// <summary>
    /// The exponent k when <paramref name="power"/> is b^k with a small integer k (|k| in 2..<see cref="MaxMultipliedPower"/>):
    /// such powers read their base several times, so the base needs a local.
    /// </summary>
    public static bool IsMultipliedPower(Power power, out int k)
    {
        k = 0;
        if (power.Exponent is not Number { Value: var e } || !e.IsInteger) return false;
        var magnitude = System.Numerics.BigInteger.Abs(e.Numerator);
        if (magnitude < 2 || magnitude > MaxMultipliedPower) return false;
        k = (int)e.Numerator;
        return true;
    }

    private void FoldConstants()
    {
        Span<double> operands = stackalloc double[2];
        for (var i = 0; i < Order.Count; i++)
        {
            var node = Order[i];
            var args = node.Operands;
            switch (node)
            {
                case Number n: Fold(i, n.Value.ToDouble()); break;
                case Constant c: Fold(i, c.Value); break;
                case Variable: break;
                default:
                    if (!AllConstant(args)) break;
                    // The same arithmetic as Evaluator, so a folded constant is the value it would compute.
                    switch (node)
                    {
                        case Power: Fold(i, Evaluator.PowerValue(args[0], args[1], Value(args[0]), Value(args[1]))); break;
                        case Sum: { var s = 0.0; foreach (var a in args) s += Value(a); Fold(i, s); break; }
                        case Product: { var p = 1.0; foreach (var a in args) p *= Value(a); Fold(i, p); break; }
                        case Call call:
                            for (var j = 0; j < args.Length; j++) operands[j] = Value(args[j]);
                            Fold(i, call.Function.Evaluate(operands[..args.Length]));
                            break;
                    }
                    break;
            }
        }
    }

    private double Value(Expr node) => constantValue[indexOf[node]];

    private bool AllConstant(ReadOnlySpan<Expr> operands)
    {
        foreach (var operand in operands)
            if (!isConstant[indexOf[operand]]) return false;
        return true;
    }

    private List<(int Node, Expr[] Factors, int[] FactorIds)> WideProducts()
    {
        var products = new List<(int, Expr[], int[])>();
        for (var i = 0; i < Order.Count; i++)
        {
            if (!isMaterialized[i] || Order[i] is not Product p || !StatementSchedule.IsWide(p)) continue;
            var args = p.Operands;
            var factors = (args[0] is Number ? args[1..] : args).ToArray();
            products.Add((i, factors, Array.ConvertAll(factors, f => indexOf[f])));
        }
        return products;
    }

    private void Fold(int index, double value)
    {
        isConstant[index] = true;
        constantValue[index] = value;
    }

    private int[] CountUses(IReadOnlyList<Expr> roots)
    {
        var uses = new int[Order.Count];
        for (var i = 0; i < Order.Count; i++)
        {
            if (isConstant[i]) continue;
            foreach (var a in Order[i].Operands) uses[indexOf[a]]++;
            // b*b*b reads b three times: count it as shared so it gets a local.
            if (Order[i] is Power p && IsMultipliedPower(p, out _)) uses[indexOf[p.Base]]++;
        }
        foreach (var r in roots) uses[indexOf[r]]++;
        return uses;
    }

    // Calls of both functions of a fused pair at one argument (sin(u) and cos(u)): both get locals, from one call.
    private void FindFusedPairs()
    {
        foreach (var pair in FunctionTable.FusedPairs)
        {
            for (var i = 0; i < Order.Count; i++)
            {
                if (isConstant[i] || Order[i] is not Call call || call.Function != pair.First) continue;
                if (!indexOf.TryGetValue(Expr.Apply(pair.Second, call.Operands[0]), out var j) || fusions.ContainsKey(j)) continue;
                fusions[i] = new Fusion(j, pair);
                fusions[j] = new Fusion(i, pair);
            }
        }
    }

    private void ChooseLocals(int[] uses, IReadOnlyList<Expr> roots)
    {
        var isRoot = new HashSet<Expr>(roots);
        var inlineDepth = new int[Order.Count];
        for (var i = 0; i < Order.Count; i++)
        {
            if (isConstant[i]) continue;
            var node = Order[i];
            if (node is Variable) { isMaterialized[i] = true; continue; }
            var args = node.Operands;
            var deepest = 0;
            foreach (var a in args) deepest = Math.Max(deepest, inlineDepth[indexOf[a]]);
            var nary = node is Sum or Product;
            var depth = 1 + deepest + (nary ? args.Length : 0);
            var wide = nary && args.Length > MaxInlineOperands;
            if (uses[i] > 1 || isRoot.Contains(node) || depth > MaxInlineDepth || wide || fusions.ContainsKey(i)) isMaterialized[i] = true;
            else inlineDepth[i] = depth;
        }
    }
}

namespace Symbolic.Codegen;

/// <summary>
/// Writes a <see cref="ComputationPlan"/> as a flat list of <see cref="Statement"/>s in the order of its
/// <see cref="StatementSchedule"/>: one assignment per local, so the code stays shallow however deep the
/// <see cref="Expr"/> is. Locals are recycled once their last reader has run.
/// </summary>
internal sealed class BlockBuilder
{
    private readonly ComputationPlan plan;
    private readonly LocalNames names;
    private readonly Local?[] slots;
    private readonly Stack<Local> free = new();
    private readonly NodeTranslator translator;
    private readonly Local?[] links;

    private BlockBuilder(ComputationPlan plan, LocalNames names)
    {
        this.plan = plan;
        this.names = names;
        slots = new Local?[plan.Order.Count];
        links = new Local?[plan.Chains.Links.Count];
        translator = new NodeTranslator(plan, node => slots[plan.IndexOf(node)]!);
    }

    /// <summary>Every local the statements use.</summary>
    public List<Local> Locals { get; } = [];

    /// <summary>The statements, in order.</summary>
    public List<Statement> Statements { get; } = [];

    /// <summary>Builds the statements computing all roots of <paramref name="plan"/>.</summary>
    /// <param name="plan">What to compute.</param>
    /// <param name="names">Names the locals (shared by all blocks of one method).</param>
    /// <param name="read">The value of an input variable.</param>
    /// <param name="store">The place root number r is written to (null: not stored).</param>
    /// <param name="adds">Roots added to their place (<c>place += value</c>) instead of stored; none when null.</param>
    public static BlockBuilder Build(
        ComputationPlan plan, LocalNames names, Func<Variable, Value> read, Func<int, Place?> store, Func<int, bool>? adds = null)
    {
        var builder = new BlockBuilder(plan, names) { adds = adds ?? (_ => false) };
        builder.Emit(read, store);
        return builder;
    }

    private Func<int, bool> adds = null!;

    private Statement Write(int root, Place place, Value value) =>
        adds(root) ? new Accumulate(place, Operator.Add, value) : new Assign(place, value);

    /// <summary>The value of a root (after the statements): its local, or its constant.</summary>
    public Value ValueOf(Expr root) => translator.Operand(root);

    private void Emit(Func<Variable, Value> read, Func<int, Place?> store)
    {
        var rootsAt = new Dictionary<Expr, List<int>>();
        for (var r = 0; r < plan.Roots.Count; r++)
        {
            if (!rootsAt.TryGetValue(plan.Roots[r], out var list)) rootsAt[plan.Roots[r]] = list = [];
            list.Add(r);
        }
        var schedule = new StatementSchedule(plan);
        for (var s = 0; s < schedule.Steps.Count; s++)
        {
            var (i, operand) = schedule.Steps[s];
            var node = plan.Order[i];
            if (operand < 0 && (TryStoreDirectly(i, node, rootsAt, store) || TryFused(i, node, rootsAt, store)))
            {
                Release(schedule, s);
                continue;
            }
            if (operand <= 0) slots[i] = Rent();
            var local = slots[i]!;
            if (node is Variable v)
            {
                var value = read(v);
                Statements.Add(new Assign(local, value, value is Element { Subscript.Counter: null } ? v.Name : null));
            }
            // Wide sums and products accumulate operand by operand: a left-deep chain of 100,000 additions
            // would be a 100,000-deep tree.
            else if (operand == 0) Statements.Add(new Assign(local, translator.First(node)));
            else if (operand > 0)
            {
                var (op, value) = translator.AccumulationStep(node, node.Operands[operand]);
                Statements.Add(new Accumulate(local, op, value));
            }
            else if (plan.Chains.SplitOf(i) is { } split) EmitSplitProduct(node, local, split);
            else Statements.Add(new Assign(local, translator.Compute(node)));
            if (schedule.Steps[s].IsLastOf(node)) StoreRoots(node, rootsAt, store);
            Release(schedule, s);
        }
        // Roots that are constants have no statement of their own.
        foreach (var (root, _) in rootsAt)
            if (plan.IsConstant(root)) StoreRoots(root, rootsAt, store);
    }

    private void Release(StatementSchedule schedule, int step)
    {
        foreach (var dead in schedule.ReleasedAfter(step)) if (slots[dead] is { } slot) free.Push(slot);
    }

    // An output that nothing else reads is written straight into its place (gradient[k] = …), without a local:
    // fewer locals for the JIT to allocate. Returns false when the node needs its local.
    private bool TryStoreDirectly(int i, Expr node, Dictionary<Expr, List<int>> rootsAt, Func<int, Place?> store)
    {
        if (node is Variable || plan.FusionOf(i) is not null || !plan.IsReadOnlyByItsStore(i) || !rootsAt.TryGetValue(node, out var positions) || positions.Count != 1)
            return false;
        var split = plan.Chains.SplitOf(i);
        if (split is not null && NodeTranslator.HasLongMiddle(split)) return false;
        if (store(positions[0]) is not { } place) return false;
        Statements.Add(Write(positions[0], place, split is null ? translator.Compute(node) : translator.SplitProduct(node, split, Link)));
        return true;
    }

    // Both functions of a fused pair (sin and cos of one argument) from one call, at the first one's step; the
    // partner's step finds its local already computed. The partner's local is taken now, so no other node can
    // reuse it before the partner's readers have run.
    private bool TryFused(int i, Expr node, Dictionary<Expr, List<int>> rootsAt, Func<int, Place?> store)
    {
        if (plan.FusionOf(i) is not { } fusion) return false;
        if (slots[i] is null)
        {
            slots[i] = Rent();
            var partner = slots[fusion.Partner] = Rent();
            var (first, second) = ((Call)node).Function == fusion.Pair.First ? (slots[i]!, partner) : (partner, slots[i]!);
            Statements.Add(new AssignPair(first, second, fusion.Pair.Method, translator.Operand(node.Operands[0])));
        }
        StoreRoots(node, rootsAt, store);
        return true;
    }

    private void StoreRoots(Expr node, Dictionary<Expr, List<int>> rootsAt, Func<int, Place?> store)
    {
        if (!rootsAt.TryGetValue(node, out var positions)) return;
        foreach (var r in positions)
            if (store(r) is { } place) Statements.Add(Write(r, place, translator.Operand(node)));
    }

    // prefix * middle * suffix, times the coefficient; a long middle is multiplied in one factor per statement.
    private void EmitSplitProduct(Expr node, Local local, ProductChains.Split split)
    {
        Statements.Add(new Assign(local, translator.SplitProduct(node, split, Link)));
        if (!NodeTranslator.HasLongMiddle(split)) return;
        foreach (var factor in split.Middle)
            Statements.Add(new Accumulate(local, Operator.Multiply, translator.Operand(factor)));
    }

    // The value of a chain link, computed now (with the links it extends) if this is its first use. Its factors are
    // operands of the product being emitted, so they are live; a link's local is never reused. A link of one factor
    // is the factor itself.
    private Value Link(int link)
    {
        foreach (var k in plan.Chains.MissingLinks(link, k => links[k] is not null))
        {
            var parent = plan.Chains.Links[k].Parent;
            var value = translator.Link(plan.Chains.Links[k], Link(parent));
            Statements.Add(new Assign(links[k] = Rent(), value));
        }
        return links[link] ?? translator.Operand(plan.Chains.Links[link].Factor);
    }

    private Local Rent()
    {
        if (free.Count > 0) return free.Pop();
        var local = names.New();
        Locals.Add(local);
        return local;
    }
}

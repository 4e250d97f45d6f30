namespace Symbolic.Codegen;

/// <summary>
/// The order of the LINQ statements, demand-driven: each local is computed just before the first statement that
/// reads it, and a wide sum or product interleaves its operands' work with its accumulating statements. The
/// topological order instead computes every operand of a 2,000-term sum before the first addition, so all 2,000
/// stay live at once: the JIT spills them to the stack and takes long to allocate registers. Also gives, per
/// statement, the locals read for the last time there, so their slots can be reused.
/// </summary>
internal sealed class StatementSchedule
{
    private readonly ComputationPlan plan;
    private readonly List<int>?[] releasedAfter;

    public StatementSchedule(ComputationPlan plan)
    {
        this.plan = plan;
        BuildSteps();
        releasedAfter = new List<int>?[Steps.Count];
        PlanLifetimes(plan.Pinned);
    }

    /// <summary>One statement: the whole node (<see cref="Operand"/> = -1), or operand k of a wide sum or product.</summary>
    public readonly record struct Step(int Node, int Operand)
    {
        public bool IsLastOf(Expr node) => Operand < 0 || Operand == node.Operands.Length - 1;
    }

    public List<Step> Steps { get; } = [];

    /// <summary>Nodes whose locals are read for the last time by step <paramref name="step"/>.</summary>
    public IReadOnlyList<int> ReleasedAfter(int step) => releasedAfter[step] ?? (IReadOnlyList<int>)[];

    /// <summary>
    /// True for a sum or product of more than <see cref="ComputationPlan.MaxInlineOperands"/> operands: it is computed
    /// by one accumulating statement per operand, interleaved with its operands' work.
    /// </summary>
    public static bool IsWide(Expr node) => node is Sum or Product && node.Operands.Length > ComputationPlan.MaxInlineOperands;

    // An explicit stack, not recursion: a chain of materialized nodes can be 10,000 deep.
    private void BuildSteps()
    {
        var scheduled = new bool[plan.Order.Count];
        var work = new Stack<(int Node, int Operand, bool Visit)>();
        var needs = new List<int>();
        for (var r = plan.Roots.Count - 1; r >= 0; r--) work.Push((plan.IndexOf(plan.Roots[r]), -1, true));
        while (work.Count > 0)
        {
            var (i, operand, visit) = work.Pop();
            if (!visit) { Steps.Add(new Step(i, operand)); continue; }
            if (scheduled[i] || !plan.IsMaterialized(i)) continue;
            scheduled[i] = true;
            var node = plan.Order[i];
            var args = node.Operands;
            if (plan.IsAccumulated(i))
            {
                for (var k = args.Length - 1; k >= 0; k--)
                {
                    work.Push((i, k, false));
                    PushReads(args[k], work, needs);
                }
            }
            else
            {
                work.Push((i, -1, false));
                for (var k = args.Length - 1; k >= 0; k--) PushReads(args[k], work, needs);
            }
        }
    }

    private void PushReads(Expr operand, Stack<(int, int, bool)> work, List<int> needs)
    {
        needs.Clear();
        LocalsRead(operand, needs);
        for (var k = needs.Count - 1; k >= 0; k--) work.Push((needs[k], -1, true));
    }

    /// <summary>The materialized nodes the code of <paramref name="operand"/> reads (inline code nests at most a few levels).</summary>
    private void LocalsRead(Expr operand, List<int> into)
    {
        var j = plan.IndexOf(operand);
        if (plan.IsConstant(j)) return;
        if (plan.IsMaterialized(j)) { into.Add(j); return; }
        foreach (var a in operand.Operands) LocalsRead(a, into);
    }

    private void PlanLifetimes(IReadOnlyCollection<Expr> pinned)
    {
        var lastUse = new int[plan.Order.Count];
        Array.Fill(lastUse, -1);
        var reads = new List<int>();
        for (var s = 0; s < Steps.Count; s++)
        {
            var (i, operand) = Steps[s];
            var node = plan.Order[i];
            reads.Clear();
            if (operand < 0) foreach (var a in node.Operands) LocalsRead(a, reads);
            else LocalsRead(node.Operands[operand], reads);
            // b^k written as b*b*...: the base is read too (it is always materialized).
            if (node is Power p && ComputationPlan.IsMultipliedPower(p, out _)) LocalsRead(p.Base, reads);
            foreach (var j in reads) lastUse[j] = s;
            lastUse[i] = Math.Max(lastUse[i], s);
        }
        var keep = new HashSet<Expr>(pinned);
        for (var j = 0; j < lastUse.Length; j++)
        {
            if (lastUse[j] < 0 || keep.Contains(plan.Order[j])) continue;
            (releasedAfter[lastUse[j]] ??= []).Add(j);
        }
    }
}

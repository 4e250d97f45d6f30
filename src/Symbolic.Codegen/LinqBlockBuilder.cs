using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// Writes a <see cref="ComputationPlan"/> as a flat list of LINQ statements: one assignment per local, in
/// topological order, so the expression tree stays shallow however deep the <see cref="Expr"/> is. Locals are
/// recycled once their last reader has run.
/// </summary>
internal sealed class LinqBlockBuilder
{
    private readonly ComputationPlan plan;
    private readonly ParameterExpression?[] slots;
    private readonly Stack<ParameterExpression> free = new();
    private readonly NodeTranslator<Expression> translator;
    private readonly ParameterExpression?[] links;
    private readonly IArithmeticBackend<Expression> backend;
    private readonly Type valueType;

    private LinqBlockBuilder(ComputationPlan plan, IArithmeticBackend<Expression> backend, Type valueType)
    {
        this.plan = plan;
        this.backend = backend;
        this.valueType = valueType;
        slots = new ParameterExpression?[plan.Order.Count];
        links = new ParameterExpression?[plan.Chains.Links.Count];
        translator = new NodeTranslator<Expression>(plan, backend, node => slots[plan.IndexOf(node)]!);
    }

    /// <summary>Every local the statements use (declare them in the enclosing block).</summary>
    public List<ParameterExpression> Locals { get; } = [];

    /// <summary>The assignments, in order.</summary>
    public List<Expression> Statements { get; } = [];

    /// <summary>
    /// Builds the statements computing all roots of <paramref name="plan"/>. <paramref name="readVariable"/> gives the
    /// code reading an input by name; <paramref name="store"/> the statement writing root number i (null: not stored).
    /// The code computes in <paramref name="valueType"/> through <paramref name="backend"/>: <see cref="double"/> and
    /// <see cref="LinqBackend"/> unless given (the SIMD batch passes a lanes type and its backend).
    /// </summary>
    public static LinqBlockBuilder Build(
        ComputationPlan plan, Func<string, Expression> readVariable, Func<int, Expression, Expression?> store,
        IArithmeticBackend<Expression>? backend = null, Type? valueType = null)
    {
        var builder = new LinqBlockBuilder(plan, backend ?? LinqBackend.Instance, valueType ?? typeof(double));
        builder.Emit(readVariable, store);
        return builder;
    }

    /// <summary>The code for a root (after the statements): its local, or its constant.</summary>
    public Expression ValueOf(Expr root) => translator.Operand(root);

    private void Emit(Func<string, Expression> readVariable, Func<int, Expression, Expression?> store)
    {
        var rootsAt = new Dictionary<Expr, List<int>>(ReferenceEqualityComparer.Instance);
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
            if (operand < 0 && TryStoreDirectly(i, node, rootsAt, store))
            {
                foreach (var dead in schedule.ReleasedAfter(s)) if (slots[dead] is { } slot) free.Push(slot);
                continue;
            }
            if (operand <= 0) slots[i] = Rent();
            var local = slots[i]!;
            if (node is Variable v) Statements.Add(Expression.Assign(local, readVariable(v.Name)));
            // Wide sums and products accumulate operand by operand: a left-deep chain of 100,000 additions
            // would be a 100,000-deep tree.
            else if (operand == 0) Statements.Add(Expression.Assign(local, translator.First(node)));
            else if (operand > 0) Statements.Add(Expression.Assign(local, translator.Accumulate(node, local, node.ArgArray[operand])));
            else if (plan.Chains.SplitOf(i) is { } split) EmitSplitProduct(node, local, split);
            else Statements.Add(Expression.Assign(local, translator.Compute(node)));
            if (schedule.Steps[s].IsLastOf(node)) StoreRoots(node, rootsAt, store);
            foreach (var dead in schedule.ReleasedAfter(s)) if (slots[dead] is { } slot) free.Push(slot);
        }
        // Roots that are constants have no statement of their own.
        foreach (var (root, positions) in rootsAt)
            if (plan.IsConstant(root)) StoreRoots(root, rootsAt, store);
    }

    // An output that nothing else reads is written straight into its store (gradient[k] = …), without a local:
    // fewer locals for the JIT to allocate. Returns false when the node needs its local.
    private bool TryStoreDirectly(int i, Expr node, Dictionary<Expr, List<int>> rootsAt, Func<int, Expression, Expression?> store)
    {
        if (node is Variable || !plan.IsReadOnlyByItsStore(i) || !rootsAt.TryGetValue(node, out var positions) || positions.Count != 1)
            return false;
        var split = plan.Chains.SplitOf(i);
        if (split is not null && NodeTranslator<Expression>.HasLongMiddle(split)) return false;
        var value = split is null ? translator.Compute(node) : translator.SplitProduct(node, split, Link);
        if (store(positions[0], value) is not { } statement) return false;
        Statements.Add(statement);
        return true;
    }

    private void StoreRoots(Expr node, Dictionary<Expr, List<int>> rootsAt, Func<int, Expression, Expression?> store)
    {
        if (!rootsAt.TryGetValue(node, out var positions)) return;
        foreach (var r in positions)
            if (store(r, translator.Operand(node)) is { } statement) Statements.Add(statement);
    }

    // prefix * middle * suffix, times the coefficient; a long middle is multiplied in one factor per statement.
    private void EmitSplitProduct(Expr node, ParameterExpression local, ProductChains.Split split)
    {
        Statements.Add(Expression.Assign(local, translator.SplitProduct(node, split, Link)));
        if (!NodeTranslator<Expression>.HasLongMiddle(split)) return;
        foreach (var factor in split.Middle)
            Statements.Add(Expression.Assign(local, backend.Multiply(local, translator.Operand(factor))));
    }

    // The code of a chain link, computed now (with the links it extends) if this is its first use. Its factors are
    // operands of the product being emitted, so they are live; a link's local is never reused. A link of one factor
    // is the factor itself.
    private Expression Link(int link)
    {
        foreach (var k in plan.Chains.MissingLinks(link, k => links[k] is not null))
        {
            var parent = plan.Chains.Links[k].Parent;
            var value = translator.Link(plan.Chains.Links[k], Link(parent));
            Statements.Add(Expression.Assign(links[k] = Rent(), value));
        }
        return links[link] ?? translator.Operand(plan.Chains.Links[link].Factor);
    }

    private ParameterExpression Rent()
    {
        if (free.Count > 0) return free.Pop();
        var local = Expression.Variable(valueType, $"t{Locals.Count}");
        Locals.Add(local);
        return local;
    }
}

using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// Outputs stored at consecutive positions of one array (a gradient): output <c>Range.FirstRoot + p</c> is written
/// by <see cref="StoreAt"/> with position p, which may be a loop counter, and read back by <see cref="LoadAt"/>.
/// </summary>
internal sealed record OutputFamily(
    OutputRange Range, Func<Expression, Expression, Expression> StoreAt, Func<Expression, Expression> LoadAt);

/// <summary>
/// Writes a <see cref="RolledPlan"/> as LINQ statements: its loops, then the straight-line rest by
/// <see cref="LinqBlockBuilder"/>, so index-shifted repeats compile to a loop instead of one copy each.
/// </summary>
internal sealed class RolledBlock
{
    private readonly RolledPlan plan;
    private readonly Func<Expression, Expression> readAt;
    private readonly ParameterExpression[] totals;
    private readonly ParameterExpression[] products;
    private LinqBlockBuilder rest = null!;

    private RolledBlock(RolledPlan plan, Func<Expression, Expression> readAt)
    {
        this.plan = plan;
        this.readAt = readAt;
        totals = new ParameterExpression[plan.Loops.Count];
        products = new ParameterExpression[plan.Sweeps.Count];
    }

    /// <summary>Every local the statements use (declare them in the enclosing block).</summary>
    public List<ParameterExpression> Locals { get; } = [];

    /// <summary>The statements, in order: the loops, then the straight-line rest.</summary>
    public List<Expression> Statements { get; } = [];

    /// <summary>
    /// Builds the statements for <paramref name="roots"/>. <paramref name="readAt"/> gives the code reading the input
    /// at an array index (an <see cref="int"/> expression); <paramref name="store"/> the statement writing root r (null:
    /// not stored, e.g. a value returned afterwards); <paramref name="family"/>, when given, the roots that may be
    /// stored from loops. <paramref name="pinned"/> are the roots read after the statements, through <see cref="ValueOf"/>.
    /// </summary>
    public static RolledBlock Build(
        IReadOnlyList<Expr> roots, IReadOnlyCollection<Expr> pinned, IReadOnlyList<string> names,
        Func<Expression, Expression> readAt, Func<int, Expression, Expression?> store, OutputFamily? family = null)
    {
        var block = new RolledBlock(new RolledPlan(roots, names, family?.Range), readAt);
        block.Emit(pinned, store, family);
        return block;
    }

    /// <summary>The code for a root after the statements: its local, or its constant.</summary>
    public Expression ValueOf(Expr root) => rest.ValueOf(plan.ResidualOf(root));

    private void Emit(IReadOnlyCollection<Expr> pinned, Func<int, Expression, Expression?> store, OutputFamily? family)
    {
        for (var k = 0; k < plan.Sweeps.Count; k++)
        {
            products[k] = Expression.Variable(typeof(double), $"product{k}");
            Locals.Add(products[k]);
            Statements.Add(Sweep(plan.Sweeps[k], products[k], family!));
        }
        for (var k = 0; k < plan.Loops.Count; k++)
        {
            var loop = plan.Loops[k];
            if (loop.Total is null) Statements.Add(OutputLoop(loop.Run, family!.StoreAt));
            else
            {
                totals[k] = Expression.Variable(typeof(double), $"sum{k}");
                Locals.Add(totals[k]);
                Statements.Add(Expression.Assign(totals[k], SumLoop(loop.Run)));
            }
        }
        var residual = new ComputationPlan(plan.ResidualRoots, pinned: pinned.Select(plan.ResidualOf).ToList());
        rest = LinqBlockBuilder.Build(residual,
            name => plan.LoopOfTotal(name) is var k and >= 0 ? totals[k]
                : plan.SweepOfTotal(name) is var j and >= 0 ? products[j]
                : readAt(Expression.Constant(plan.IndexOf[name])),
            (r, value) => store(plan.RootNumbers[r], value));
        Locals.AddRange(rest.Locals);
        Statements.AddRange(rest.Statements);
    }

    // for (i = start; i < end; i += stride) { the template's statements at i; storeAt(i, template) }
    private Expression OutputLoop(IndexedRun run, Func<Expression, Expression, Expression> storeAt)
    {
        var i = Expression.Variable(typeof(int), "i");
        var body = LinqBlockBuilder.Build(new ComputationPlan(run.Templates), ShiftedReader(run, i), (_, value) => storeAt(i, value));
        return Loop(i, run, [], Expression.Block(body.Locals, [.. body.Statements, Expression.Empty()]), null);
    }

    // total = 0; for (…) { the templates' statements at i; total += t1 + t2 + … }; total
    private Expression SumLoop(IndexedRun run)
    {
        var i = Expression.Variable(typeof(int), "i");
        var total = Expression.Variable(typeof(double), "total");
        var body = LinqBlockBuilder.Build(new ComputationPlan(run.Templates, pinned: run.Templates), ShiftedReader(run, i), (_, _) => null);
        var terms = run.Templates.Select(body.ValueOf).Aggregate(Expression.Add);
        var step = Expression.Block(body.Locals, [.. body.Statements, Expression.AddAssign(total, terms)]);
        return Loop(i, run, [Expression.Assign(total, Expression.Constant(0.0))], step, total);
    }

    // product = c; for (i = start; i < end; i++) { out[i] = product; product *= x[i]; }
    // after = 1;   for (i = end - 1; i >= start; i--) { out[i] *= after; after *= x[i]; }
    private Expression Sweep(ProductSweep sweep, ParameterExpression product, OutputFamily family)
    {
        var i = Expression.Variable(typeof(int), "i");
        var after = Expression.Variable(typeof(double), "after");
        var forwardExit = Expression.Label("forwardDone");
        var backwardExit = Expression.Label("backwardDone");
        return Expression.Block(typeof(void), [i, after],
            Expression.Assign(product, Expression.Constant(sweep.Coefficient)),
            Expression.Assign(i, Expression.Constant(sweep.Start)),
            Expression.Loop(Expression.Block(
                family.StoreAt(i, product),
                Expression.MultiplyAssign(product, readAt(i)),
                Expression.PreIncrementAssign(i),
                Expression.IfThen(Expression.GreaterThanOrEqual(i, Expression.Constant(sweep.End)), Expression.Break(forwardExit))),
                forwardExit),
            Expression.Assign(after, Expression.Constant(1.0)),
            Expression.Assign(i, Expression.Constant(sweep.End - 1)),
            Expression.Loop(Expression.Block(
                family.StoreAt(i, Expression.Multiply(family.LoadAt(i), after)),
                Expression.MultiplyAssign(after, readAt(i)),
                Expression.PreDecrementAssign(i),
                Expression.IfThen(Expression.LessThan(i, Expression.Constant(sweep.Start)), Expression.Break(backwardExit))),
                backwardExit));
    }

    private Func<string, Expression> ShiftedReader(IndexedRun run, ParameterExpression i) => name =>
        plan.Shift(run, name) is var shift && shift == 0 ? readAt(i) : readAt(Expression.Add(i, Expression.Constant(shift)));

    // A run has at least IndexedRuns.MinimumCount copies, so the body runs before the first test: do { … } while (i < end).
    private static Expression Loop(ParameterExpression i, IndexedRun run, Expression[] setup, Expression body, ParameterExpression? result)
    {
        var exit = Expression.Label("done");
        var loop = Expression.Loop(
            Expression.Block(
                body,
                Expression.AddAssign(i, Expression.Constant(run.Stride)),
                Expression.IfThen(Expression.GreaterThanOrEqual(i, Expression.Constant(run.End)), Expression.Break(exit))),
            exit);
        ParameterExpression[] variables = result is null ? [i] : [i, result];
        Expression[] statements = [.. setup, Expression.Assign(i, Expression.Constant(run.Start)), loop];
        return result is null
            ? Expression.Block(typeof(void), variables, statements)
            : Expression.Block(typeof(double), variables, [.. statements, result]);
    }
}

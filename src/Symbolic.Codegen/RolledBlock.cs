using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// Outputs stored at consecutive positions of one array (a gradient): output <c>FirstRoot + p</c> is written by
/// <see cref="StoreAt"/> with position p, which may be a loop counter.
/// </summary>
internal sealed record OutputFamily(int FirstRoot, int Count, Func<Expression, Expression, Expression> StoreAt);

/// <summary>
/// The statements computing a list of outputs, with index-shifted repeats rolled into loops (<see cref="IndexedRuns"/>):
/// the inner components of a gradient become one loop storing <c>gradient[i]</c>, the repeated terms of a wide
/// output sum one loop accumulating them, and everything else is written straight-line by <see cref="LinqBlockBuilder"/>.
/// A 1,000-variable Rosenbrock function and its gradient compile to two short loops instead of 20,000 statements,
/// so they compile in milliseconds and run like the hand-written loop. The loops add the terms in index order, which
/// can round differently in the last bits from the canonical order of the unrolled sum.
/// </summary>
internal sealed class RolledBlock
{
    private readonly Dictionary<Expr, Expr> residualOf = new(ReferenceEqualityComparer.Instance);
    private LinqBlockBuilder block = null!;

    private RolledBlock() { }

    /// <summary>Every local the statements use (declare them in the enclosing block).</summary>
    public List<ParameterExpression> Locals { get; } = [];

    /// <summary>The statements, in order: the loops, then the straight-line rest.</summary>
    public List<Expression> Statements { get; } = [];

    /// <summary>
    /// Builds the statements for <paramref name="roots"/>. <paramref name="readAt"/> gives the code reading the input
    /// at an array index (an <see cref="int"/> expression); <paramref name="store"/> the statement writing root r (null:
    /// not stored, e.g. a value returned afterwards); <paramref name="family"/>, when given, the roots that may be
    /// stored in loops. <paramref name="pinned"/> are the roots read after the statements, through <see cref="ValueOf"/>.
    /// </summary>
    public static RolledBlock Build(
        IReadOnlyList<Expr> roots, IReadOnlyCollection<Expr> pinned, IReadOnlyList<string> names,
        Func<Expression, Expression> readAt, Func<int, Expression, Expression?> store, OutputFamily? family = null)
    {
        var rolled = new RolledBlock();
        rolled.Emit(roots, pinned, names, readAt, store, family);
        return rolled;
    }

    /// <summary>The code for a root after the statements: its local, or its constant.</summary>
    public Expression ValueOf(Expr root) => block.ValueOf(residualOf.GetValueOrDefault(root, root));

    private void Emit(
        IReadOnlyList<Expr> roots, IReadOnlyCollection<Expr> pinned, IReadOnlyList<string> names,
        Func<Expression, Expression> readAt, Func<int, Expression, Expression?> store, OutputFamily? family)
    {
        var indexOf = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var shapes = new ShiftShapes(roots, indexOf);
        var inLoop = new bool[roots.Count];
        if (family is not null)
        {
            var outputs = roots.Skip(family.FirstRoot).Take(family.Count).ToList();
            foreach (var run in IndexedRuns.InOutputs(outputs, shapes))
            {
                Statements.Add(OutputLoop(run, indexOf, readAt, family.StoreAt));
                for (var p = run.Start; p < run.End; p++) inLoop[family.FirstRoot + p] = true;
            }
        }

        // The wide sums among the remaining roots: repeated terms become loops whose totals enter as placeholders.
        var accumulators = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        var residualRoots = new List<Expr>();
        var rootNumbers = new List<int>();
        for (var r = 0; r < roots.Count; r++)
        {
            if (inLoop[r]) continue;
            var root = roots[r];
            if (!residualOf.ContainsKey(root)) residualOf[root] = Residual(root, shapes, indexOf, readAt, accumulators);
            residualRoots.Add(residualOf[root]);
            rootNumbers.Add(r);
        }

        var plan = new ComputationPlan(residualRoots, pinned: pinned.Select(p => residualOf.GetValueOrDefault(p, p)).ToList());
        block = LinqBlockBuilder.Build(plan,
            name => accumulators.TryGetValue(name, out var total) ? total : readAt(Expression.Constant(indexOf[name])),
            (k, value) => store(rootNumbers[k], value));
        Locals.AddRange(block.Locals);
        Statements.AddRange(block.Statements);
    }

    // The root with its looped terms replaced by variables that read the loops' totals.
    private Expr Residual(
        Expr root, ShiftShapes shapes, Dictionary<string, int> indexOf, Func<Expression, Expression> readAt,
        Dictionary<string, ParameterExpression> accumulators)
    {
        if (root is not Sum sum || !StatementSchedule.IsWide(sum)) return root;
        var runs = IndexedRuns.InSum(sum.ArgArray, shapes, out var rest);
        if (runs.Count == 0) return root;
        foreach (var run in runs)
        {
            // '#' cannot occur in a name the parser accepts, so the placeholder never meets a user's variable.
            var name = $"\u03a3{accumulators.Count}#";
            var total = Expression.Variable(typeof(double), $"sum{accumulators.Count}");
            accumulators[name] = total;
            Locals.Add(total);
            Statements.Add(Expression.Assign(total, SumLoop(run, indexOf, readAt)));
            rest.Add(Expr.Var(name));
        }
        return Expr.Add(rest);
    }

    // for (i = start; i < end; i += stride) { body of the templates at i; storeAt(i, template) }
    private static Expression OutputLoop(
        IndexedRun run, Dictionary<string, int> indexOf, Func<Expression, Expression> readAt,
        Func<Expression, Expression, Expression> storeAt)
    {
        var i = Expression.Variable(typeof(int), "i");
        var body = LinqBlockBuilder.Build(new ComputationPlan(run.Templates), ShiftedReader(run, i, indexOf, readAt),
            (_, value) => storeAt(i, value));
        return For(i, run, [], Expression.Block(body.Locals, [.. body.Statements, Expression.Empty()]), null);
    }

    // total = 0; for (...) { body; total += t1 + t2 + ... }; total
    private static Expression SumLoop(
        IndexedRun run, Dictionary<string, int> indexOf, Func<Expression, Expression> readAt)
    {
        var i = Expression.Variable(typeof(int), "i");
        var total = Expression.Variable(typeof(double), "total");
        var plan = new ComputationPlan(run.Templates, pinned: run.Templates);
        var body = LinqBlockBuilder.Build(plan, ShiftedReader(run, i, indexOf, readAt), (_, _) => null);
        var terms = run.Templates.Select(body.ValueOf).Aggregate(Expression.Add);
        var step = Expression.Block(body.Locals, [.. body.Statements, Expression.AddAssign(total, terms)]);
        return For(i, run, [Expression.Assign(total, Expression.Constant(0.0))], step, total);
    }

    // A template is its copy at the run's start: the copy at position i reads every index shifted by i - start.
    private static Func<string, Expression> ShiftedReader(
        IndexedRun run, ParameterExpression i, Dictionary<string, int> indexOf, Func<Expression, Expression> readAt) =>
        name =>
        {
            var shift = indexOf[name] - run.Start;
            return readAt(shift == 0 ? i : Expression.Add(i, Expression.Constant(shift)));
        };

    private static Expression For(ParameterExpression i, IndexedRun run, Expression[] setup, Expression body, ParameterExpression? result)
    {
        var exit = Expression.Label("done");
        var loop = Expression.Loop(
            Expression.IfThenElse(
                Expression.LessThan(i, Expression.Constant(run.End)),
                Expression.Block(body, Expression.AddAssign(i, Expression.Constant(run.Stride))),
                Expression.Break(exit)),
            exit);
        ParameterExpression[] variables = result is null ? [i] : [i, result];
        Expression[] statements = [.. setup, Expression.Assign(i, Expression.Constant(run.Start)), loop];
        return result is null
            ? Expression.Block(typeof(void), variables, statements)
            : Expression.Block(typeof(double), variables, [.. statements, result]);
    }
}

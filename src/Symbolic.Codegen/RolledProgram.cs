namespace Symbolic.Codegen;

/// <summary>
/// Roots stored at consecutive places of one array (a gradient): root <c>Range.FirstRoot + p</c> goes to
/// <c>Array[p]</c>, so a loop can store a run of them.
/// </summary>
internal sealed record OutputFamily(OutputRange Range, ArrayHandle Array);

/// <summary>
/// The statements of a <see cref="RolledPlan"/>: its product sweeps and loops, then the straight-line rest
/// (<see cref="BlockBuilder"/>), so index-shifted repeats run as a loop instead of one copy each. The only place
/// that decides the code of rolled loops; the backends translate what it builds.
/// </summary>
internal sealed class RolledProgram
{
    private readonly RolledPlan plan;
    private readonly LocalNames names;
    private readonly Dictionary<Expr, Local> totals = new();
    private BlockBuilder rest = null!;

    private RolledProgram(RolledPlan plan, LocalNames names)
    {
        this.plan = plan;
        this.names = names;
    }

    /// <summary>Every local the top-level statements use (those of loop bodies are the loops' own).</summary>
    public List<Local> Locals { get; } = [];

    /// <summary>The statements, in order: the sweeps, the loops, then the straight-line rest.</summary>
    public List<Statement> Statements { get; } = [];

    /// <summary>
    /// Builds the statements for <paramref name="roots"/> over the variables <paramref name="variables"/> (elements of
    /// <see cref="ArrayHandle.Input"/> in this order). <paramref name="store"/> gives the place root r is written to (null:
    /// not stored, e.g. a value returned afterwards); <paramref name="family"/>, when given, the roots that may be stored
    /// from loops. <paramref name="pinned"/> are the roots read after the statements, through <see cref="ValueOf"/>.
    /// </summary>
    public static RolledProgram Build(
        IReadOnlyList<Expr> roots, IReadOnlyCollection<Expr> pinned, IReadOnlyList<string> variables,
        Func<int, Place?> store, OutputFamily? family = null, LocalNames? names = null)
    {
        var program = new RolledProgram(new RolledPlan(roots, variables, family?.Range), names ?? new LocalNames());
        program.Emit(pinned, store, family);
        return program;
    }

    /// <summary>The value of a root after the statements: its local, or its constant.</summary>
    public Value ValueOf(Expr root) => rest.ValueOf(plan.ResidualOf(root));

    private void Emit(IReadOnlyCollection<Expr> pinned, Func<int, Place?> store, OutputFamily? family)
    {
        // A first loop that writes every output itself makes the zero fill redundant: it starts from zero instead.
        var writesAll = plan.ScattersIntoOutputs && plan.Sweeps.Count == 0 && plan.Loops.Count > 0 && WritesEveryOutput(plan.Loops[0], family!.Range.Count);
        if (plan.ScattersIntoOutputs && !writesAll) Fill(family!, 0.0);
        foreach (var sweep in plan.Sweeps) Sweep(sweep, family!.Array);
        foreach (var loop in plan.Loops)
        {
            if (loop.Total is null) OutputLoop(loop.Run, family!.Array);
            else SumLoop(loop, totals[loop.Total] = NewLocal("sum"), family?.Array, startsAtZero: writesAll && loop == plan.Loops[0]);
        }
        var residual = new ComputationPlan(plan.ResidualRoots, pinned: pinned.Select(plan.ResidualOf).ToList());
        var familyRange = family?.Range;
        rest = BlockBuilder.Build(residual, names,
            v => totals.TryGetValue(v, out var total) ? total : Input(new Subscript(null, plan.IndexOf[v.Name])),
            r => store(plan.RootNumbers[r]),
            r => plan.ScattersIntoOutputs && plan.RootNumbers[r] >= familyRange!.FirstRoot);
        Locals.AddRange(rest.Locals);
        Statements.AddRange(rest.Statements);
    }

    // for (i = start; i <= last; i += stride) { the template's statements at i; out[i] = template }
    private void OutputLoop(IndexedRun run, ArrayHandle output)
    {
        var i = new LoopCounter("i");
        var body = BlockBuilder.Build(new ComputationPlan(run.Templates), names, ShiftedReader(run, i),
            _ => new Element(output, new Subscript(i, 0)));
        Statements.Add(new Loop(i, run.Start, LastOf(run), run.Stride, body.Locals, body.Statements));
    }

    // for (i = 0; i < n; i++) out[i] = value
    private void Fill(OutputFamily family, double value)
    {
        var i = new LoopCounter("i");
        Statements.Add(new Loop(i, 0, family.Range.Count - 1, 1, [], [new Assign(new Element(family.Array, new Subscript(i, 0)), Value.Of(value))]));
    }

    // total = 0; for (…) { the templates' statements at i; [out[i + shift] += partial …;] total += t1 + t2 + … }
    private void SumLoop(RolledLoop loop, Local total, ArrayHandle? output, bool startsAtZero)
    {
        var (run, _, scatter) = loop;
        if (output is not null && scatter is not null && CarryDepth(scatter, run.Stride) > 0)
        {
            CarriedSumLoop(loop, total, output, startsAtZero);
            return;
        }
        var i = new LoopCounter("i");
        var templates = run.Templates.Count;
        List<Expr> roots = [.. run.Templates, .. scatter?.Select(s => s.Partial) ?? []];
        var body = BlockBuilder.Build(new ComputationPlan(roots, pinned: run.Templates), names, ShiftedReader(run, i),
            r => r < templates ? null : new Element(output!, new Subscript(i, scatter![r - templates].Shift)),
            r => r >= templates);
        var terms = run.Templates.Select(body.ValueOf).Aggregate(Value.Add);
        Statements.Add(new Assign(total, Value.Of(0.0)));
        Statements.Add(new Loop(i, run.Start, LastOf(run), run.Stride, body.Locals, [.. body.Statements, new Accumulate(total, Operator.Add, terms)]));
    }

    // The partials a copy adds ahead of its own index (out[i + k·stride], k = 1…K) are carried in locals to the copy
    // whose own index that is, as one writes it by hand: each element is read once, when it first takes a
    // contribution, and written once, by the copy at its index, instead of stored by one step and read back by the next
    // (a dependency through memory from step to step). The sums are the same, in the same order:
    //   c1 = out[start]; … cK = out[start + (K-1)·stride];
    //   for (…) { statements; out[i] = c1 + p0; c1 = c2 + p1; …; cK = out[i + K·stride] + pK; total += terms }
    //   out[last + stride] = c1; …; out[last + K·stride] = cK;
    // When the outputs are not filled with zeros first (startsAtZero), 0.0 stands for each first read: 0.0 + p, as the
    // fill would give (-0.0 becomes 0.0 either way).
    private void CarriedSumLoop(RolledLoop loop, Local total, ArrayHandle output, bool startsAtZero)
    {
        var (run, _, scatter) = loop;
        var i = new LoopCounter("i");
        var depth = CarryDepth(scatter!, run.Stride);
        List<Expr> roots = [.. run.Templates, .. scatter!.Select(s => s.Partial)];
        var body = BlockBuilder.Build(new ComputationPlan(roots, pinned: roots), names, ShiftedReader(run, i), _ => null);
        var partialAt = new Value?[depth + 1];
        foreach (var (shift, partial) in scatter!)
        {
            var k = shift / run.Stride;
            partialAt[k] = partialAt[k] is { } earlier ? Value.Add(earlier, body.ValueOf(partial)) : body.ValueOf(partial);
        }
        Value Plus(Value carried, int k) => partialAt[k] is { } partial ? Value.Add(carried, partial) : carried;
        Element Out(LoopCounter? counter, int offset) => new(output, new Subscript(counter, offset));

        var carries = Enumerable.Range(0, depth).Select(_ => NewLocal("carry")).ToArray();
        var last = LastOf(run);
        for (var k = 1; k <= depth; k++)
            Statements.Add(new Assign(carries[k - 1], startsAtZero ? Value.Of(0.0) : Out(null, run.Start + (k - 1) * run.Stride)));
        List<Statement> steps = [.. body.Statements, new Assign(Out(i, 0), Plus(carries[0], 0))];
        for (var k = 1; k < depth; k++) steps.Add(new Assign(carries[k - 1], Plus(carries[k], k)));
        steps.Add(new Assign(carries[depth - 1], Plus(startsAtZero ? Value.Of(0.0) : Out(i, depth * run.Stride), depth)));
        steps.Add(new Accumulate(total, Operator.Add, run.Templates.Select(body.ValueOf).Aggregate(Value.Add)));
        Statements.Add(new Assign(total, Value.Of(0.0)));
        Statements.Add(new Loop(i, run.Start, last, run.Stride, body.Locals, steps));
        for (var k = 1; k <= depth; k++) Statements.Add(new Assign(Out(null, last + k * run.Stride), carries[k - 1]));
    }

    // Whether a carried loop writes out[0 … count - 1], each element: stride 1 from 0 up to the last output.
    private static bool WritesEveryOutput(RolledLoop loop, int count) =>
        loop is { Total: not null, Scatter: { } scatter, Run: { Stride: 1, Start: 0 } run }
        && CarryDepth(scatter, 1) is > 0 and var depth && LastOf(run) + depth == count - 1;

    // K, the farthest a copy adds ahead of its own index in steps: 0 (nothing to carry) unless every shift is a
    // non-negative multiple of a positive stride.
    private static int CarryDepth(IReadOnlyList<(int Shift, Expr Partial)> scatter, int stride) =>
        stride > 0 && scatter.All(s => s.Shift >= 0 && s.Shift % stride == 0) ? scatter.Max(s => s.Shift) / stride : 0;

    // product = c; for (i = start; i < end; i++) { out[i] = product; product *= x[i]; }
    // after = 1;   for (i = end - 1; i >= start; i--) { out[i] *= after; after *= x[i]; }
    private void Sweep(ProductSweep sweep, ArrayHandle output)
    {
        var product = totals[sweep.Total] = NewLocal("product");
        var after = NewLocal("after");
        var forward = new LoopCounter("i");
        var backward = new LoopCounter("i");
        Statements.Add(new Assign(product, Value.Of(sweep.Coefficient)));
        Statements.Add(new Loop(forward, sweep.Start, sweep.End - 1, 1, [],
        [
            new Assign(new Element(output, new Subscript(forward, 0)), product),
            new Accumulate(product, Operator.Multiply, Input(new Subscript(forward, 0))),
        ]));
        Statements.Add(new Assign(after, Value.Of(1.0)));
        Statements.Add(new Loop(backward, sweep.End - 1, sweep.Start, -1, [],
        [
            new Accumulate(new Element(output, new Subscript(backward, 0)), Operator.Multiply, after),
            new Accumulate(after, Operator.Multiply, Input(new Subscript(backward, 0))),
        ]));
    }

    private Local NewLocal(string prefix)
    {
        var local = names.New(prefix);
        Locals.Add(local);
        return local;
    }

    private static Element Input(Subscript subscript) => new(ArrayHandle.Input, subscript);

    private static int LastOf(IndexedRun run) => run.Start + (run.Count - 1) * run.Stride;

    // A template is the copy at the run's start, so the copy at i reads every index shifted by i - start.
    private Func<Variable, Value> ShiftedReader(IndexedRun run, LoopCounter i) => v => Input(new Subscript(i, plan.Shift(run, v.Name)));
}

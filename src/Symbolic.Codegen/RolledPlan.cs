namespace Symbolic.Codegen;

/// <summary>
/// Outputs stored at consecutive positions of one array, such as a gradient: root <c>FirstRoot + p</c> goes to
/// position p, so a run of them can be stored from a loop.
/// </summary>
/// <remarks>
/// <see cref="IsGradientOfRootZero"/>: root p + FirstRoot is ∂root0/∂x[p] for every variable, so the gradient may be
/// accumulated term by term (<see cref="RolledLoop.Scatter"/>) instead of computed from those roots.
/// </remarks>
internal sealed record OutputRange(int FirstRoot, int Count, bool IsGradientOfRootZero = false);

/// <summary>
/// A loop of the rolled code: copies of the run's templates at each position, either stored as outputs (the copy at
/// position i is output i of the <see cref="OutputRange"/>) or added up into the placeholder variable
/// <see cref="Total"/>, which the straight-line rest reads (a placeholder node, bound to the loop's local by
/// <see cref="RolledProgram"/>; its name cannot occur in a parsed expression).
/// </summary>
/// <remarks>
/// <see cref="Scatter"/>, when given, makes the loop also accumulate the gradient of its terms, as a hand-written
/// gradient does: at position i, each partial of the templates' sum is added to the output at i + its shift. The values
/// a term and its partials share (sin and cos of one argument, an exponential) are computed once per copy.
/// </remarks>
internal sealed record RolledLoop(IndexedRun Run, Variable? Total, IReadOnlyList<(int Shift, Expr Partial)>? Scatter = null);

/// <summary>
/// The gradient of a product of consecutive variables, <c>c*x[s]*x[s+1]*…*x[s+n-1]</c>, by two sweeps: output
/// <c>s + j</c> is c times the factors before x[s+j] (a forward loop) times those after it (a backward loop), and the
/// forward loop's last product is the product itself, read through <see cref="Total"/>. Two loops instead of n
/// partials of n - 1 factors (or the 3n statements of <see cref="ProductChains"/>).
/// </summary>
internal sealed record ProductSweep(int Start, int Count, double Coefficient, Variable Total)
{
    /// <summary>One past the last variable index.</summary>
    public int End => Start + Count;
}

/// <summary>
/// Decides which outputs are computed by loops (<see cref="IndexedRuns"/>) and what is left for straight-line code,
/// independently of the code written: <see cref="RolledProgram"/> turns it into statements. The inner components of a gradient become one loop
/// storing <c>gradient[i]</c>, the repeated terms of a wide output sum one loop accumulating them; a 1,000-variable
/// Rosenbrock function and its gradient are two short loops instead of 20,000 statements, so they compile in
/// milliseconds and run like the hand-written loop. Two prices: a loop adds its terms in index order, which can
/// round differently in the last bits from the canonical order of the unrolled sum, and a node shared between
/// copies (Rosenbrock's <c>x[i+1] - x[i]^2</c> is in ∂f/∂x[i] and ∂f/∂x[i+1]) is computed in each copy.
/// </summary>
internal sealed class RolledPlan
{
    private readonly Dictionary<Expr, Expr> residualOf = new();

    /// <summary>
    /// Sums and products with fewer operands stay straight-line: too few statements for a loop or a sweep to pay off.
    /// (How wide a sum must be to accumulate one operand per statement is the plan's own, separate choice.)
    /// </summary>
    public const int MinimumRolledOperands = 17;

    /// <param name="roots">The outputs.</param>
    /// <param name="names">The variables in array order.</param>
    /// <param name="outputs">The roots that may be stored from loops, if any.</param>
    public RolledPlan(IReadOnlyList<Expr> roots, IReadOnlyList<string> names, OutputRange? outputs = null)
    {
        IndexOf = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        if (outputs is { IsGradientOfRootZero: true } && TryScatter(roots, names, outputs)) return;
        var inLoop = new bool[roots.Count];
        if (outputs is not null) FindSweeps(roots, outputs, inLoop);
        // Shapes only of what the sweeps left: the partials of a 1,000-variable product are a million operands.
        var shapes = new ShiftShapes(roots.Where((_, r) => !inLoop[r]).ToList(), IndexOf);
        if (outputs is not null)
        {
            var family = roots.Skip(outputs.FirstRoot).Take(outputs.Count).ToList();
            foreach (var run in IndexedRuns.InOutputs(family, shapes, p => inLoop[outputs.FirstRoot + p]))
            {
                Loops.Add(new RolledLoop(run, null));
                for (var p = run.Start; p < run.End; p++) inLoop[outputs.FirstRoot + p] = true;
            }
        }
        for (var r = 0; r < roots.Count; r++)
        {
            if (inLoop[r]) continue;
            var root = roots[r];
            if (!residualOf.TryGetValue(root, out var residual)) residualOf[root] = residual = Residual(root, shapes);
            ResidualRoots.Add(residual);
            RootNumbers.Add(r);
        }
    }

    /// <summary>
    /// True when the loops accumulate the gradient (<see cref="RolledLoop.Scatter"/>): the outputs start at zero, and
    /// the straight-line rest adds its gradient roots to them instead of storing them.
    /// </summary>
    public bool ScattersIntoOutputs { get; private set; }

    /// <summary>The array index of each variable by name.</summary>
    public Dictionary<string, int> IndexOf { get; }

    /// <summary>The loops, in the order they run (before the straight-line rest).</summary>
    public List<RolledLoop> Loops { get; } = [];

    /// <summary>The product sweeps, which run first.</summary>
    public List<ProductSweep> Sweeps { get; } = [];

    /// <summary>The roots computed straight-line, with looped terms replaced by the loops' totals.</summary>
    public List<Expr> ResidualRoots { get; } = [];

    /// <summary>For each residual root, the number of the root it stands for.</summary>
    public List<int> RootNumbers { get; } = [];

    /// <summary>What computes <paramref name="root"/> in the straight-line rest.</summary>
    public Expr ResidualOf(Expr root) => residualOf.GetValueOrDefault(root, root);

    /// <summary>
    /// The index (relative to the loop counter i) that a template of <paramref name="run"/> reads for variable
    /// <paramref name="name"/>: a template is its copy at the run's start, so the copy at i reads every index shifted.
    /// </summary>
    public int Shift(IndexedRun run, string name) => IndexOf[name] - run.Start;

    // f = Σ runs + rest: each run becomes a loop adding its terms to f and their partials to the gradient, and the
    // straight-line rest computes f's remaining terms and adds the gradient of the rest. The roots' own gradient
    // expressions are not used: the loop's partials are those of one copy of the terms.
    private bool TryScatter(IReadOnlyList<Expr> roots, IReadOnlyList<string> names, OutputRange outputs)
    {
        if (outputs.FirstRoot != 1 || roots.Count != 1 + outputs.Count || roots[0] is not Sum sum
            || sum.Operands.Length < MinimumRolledOperands) return false;
        var runs = IndexedRuns.InSum(sum.Args, new ShiftShapes([sum], IndexOf), out var rest);
        if (runs.Count == 0) return false;
        var residualTerms = new List<Expr>(rest);
        foreach (var run in runs)
        {
            var terms = Expr.Add(run.Templates);
            var variables = ExprWalk.Variables(terms);
            var partials = Calculus.Gradient(terms, variables.Select(Expr.Var).ToArray());
            var total = (Variable)Expr.Var($"\u03a3{Loops.Count}#");
            Loops.Add(new RolledLoop(run, total, variables.Select((v, k) => (IndexOf[v] - run.Start, partials[k])).ToList()));
            residualTerms.Add(total);
        }
        var value = residualOf[roots[0]] = Expr.Add(residualTerms);
        ResidualRoots.Add(value);
        RootNumbers.Add(0);
        var restGradient = Calculus.Gradient(Expr.Add(rest), names.Select(Expr.Var).ToArray());
        for (var p = 0; p < restGradient.Length; p++)
        {
            if (restGradient[p] is Number { Value.IsZero: true }) continue;
            ResidualRoots.Add(restGradient[p]);
            RootNumbers.Add(1 + p);
        }
        ScattersIntoOutputs = true;
        return true;
    }

    // Wide products of consecutive variables whose partials are all among the outputs (at the variables' positions).
    private void FindSweeps(IReadOnlyList<Expr> roots, OutputRange outputs, bool[] inLoop)
    {
        for (var r = 0; r < roots.Count; r++)
        {
            if (r >= outputs.FirstRoot && r < outputs.FirstRoot + outputs.Count) continue;
            if (roots[r] is not Product product || product.Operands.Length < MinimumRolledOperands || residualOf.ContainsKey(product)) continue;
            var factors = product.Operands;
            var first = factors[0] is Number ? 1 : 0;
            if (factors[first] is not Variable lowest) continue;
            var start = IndexOf[lowest.Name];
            var count = factors.Length - first;
            if (start + count > outputs.Count) continue;
            var matches = true;
            for (var j = 0; j < count && matches; j++)
            {
                var partial = outputs.FirstRoot + start + j;
                matches = factors[first + j] is Variable v && IndexOf[v.Name] == start + j
                    && !inLoop[partial] && IsWithout(roots[partial], product, first + j);
            }
            if (!matches) continue;
            var total = (Variable)Expr.Var($"\u03a0{Sweeps.Count}#");
            var coefficient = first == 1 ? ((Number)factors[0]).Value.ToDouble() : 1.0;
            Sweeps.Add(new ProductSweep(start, count, coefficient, total));
            residualOf[product] = total;
            for (var j = 0; j < count; j++) inLoop[outputs.FirstRoot + start + j] = true;
        }
    }

    // True when partial is product with its operand number k left out (and nothing else changed).
    private static bool IsWithout(Expr partial, Product product, int k)
    {
        var all = product.Operands;
        if (partial is not Product p || p.Operands.Length != all.Length - 1) return false;
        var rest = p.Operands;
        for (var j = 0; j < rest.Length; j++)
            if (!ReferenceEquals(rest[j], all[j < k ? j : j + 1])) return false;
        return true;
    }

    // The root with its looped terms replaced by variables that stand for the loops' totals.
    private Expr Residual(Expr root, ShiftShapes shapes)
    {
        if (root is not Sum sum || sum.Operands.Length < MinimumRolledOperands) return root;
        var runs = IndexedRuns.InSum(sum.Args, shapes, out var rest);
        if (runs.Count == 0) return root;
        foreach (var run in runs)
        {
            // '#' cannot occur in a name the parser accepts, so a total never meets a user's variable.
            var total = (Variable)Expr.Var($"\u03a3{Loops.Count}#");
            Loops.Add(new RolledLoop(run, total));
            rest.Add(total);
        }
        return Expr.Add(rest);
    }
}

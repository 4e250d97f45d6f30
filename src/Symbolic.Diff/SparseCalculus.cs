namespace Symbolic;

/// <summary>One structurally non-zero entry of a sparse matrix of derivatives.</summary>
/// <param name="Row">The row: a function's position (Jacobian) or a variable's (Hessian).</param>
/// <param name="Column">The column: a variable's position.</param>
/// <param name="Value">The derivative.</param>
public readonly record struct MatrixEntry(int Row, int Column, Expr Value);

/// <summary>
/// Sparse second order: the patterns of Jacobians and Hessians from the DAG (which variables each node depends
/// on), their non-zero entries without the zeros, and Hessian-vector products without the Hessian.
/// </summary>
/// <example><code>
/// var f = Expressions.Parse("(1 - x0)^2 + 100*(x1 - x0^2)^2 + (1 - x1)^2 + 100*(x2 - x1^2)^2");
/// Calculus.HessianPattern(f);            // [[0, 1], [0, 1, 2], [1, 2]]
/// Calculus.SparseHessian(f)[1];          // (0, 1): -400*x0
/// </code></example>
public static partial class Calculus
{
    /// <summary>
    /// For each variable (row), the sorted positions of the variables (columns) whose second partial with it is not
    /// structurally zero, both triangles. Found from the DAG's dependency sets without building any derivative, so it
    /// can include an entry that simplifies to zero (<c>x*y - y*x</c> is folded before, but <c>(x+y)^2 - x^2 - y^2</c>
    /// is not); <see cref="SparseHessian(Expr, IReadOnlyList{Expr}, CancellationToken)"/> drops such entries.
    /// </summary>
    public static int[][] HessianPattern(Expr f, IReadOnlyList<Expr>? variables = null)
    {
        variables ??= VariablesOf(f);
        RequireVariables(variables);
        return new DependencySets([f], variables).HessianPattern(f);
    }

    /// <summary>
    /// For each function (row), the sorted positions of the variables (columns) it depends on differentiably
    /// (<c>sign(x)</c> has derivative 0, so it adds no column). Default variables: those of all functions, in natural order.
    /// </summary>
    public static int[][] JacobianPattern(IReadOnlyList<Expr> functions, IReadOnlyList<Expr>? variables = null)
    {
        variables = CheckFunctions(functions, variables);
        var sets = new DependencySets(functions, variables);
        return functions.Select(sets.Of).ToArray();
    }

    /// <summary>
    /// The non-zero entries of the Hessian, in row-major order with columns ascending (both triangles; each pair
    /// computed once and mirrored). An entry of <see cref="HessianPattern"/> that comes out identically zero is left out.
    /// </summary>
    public static MatrixEntry[] SparseHessian(Expr f, IReadOnlyList<Expr>? variables = null, CancellationToken cancellationToken = default)
    {
        // One numbering of f serves the variables, the pattern and the gradient, which would each walk all of f again.
        if (variables is not null) RequireVariables(variables);
        var nodes = DagNumbering.Of([f], cancellationToken: cancellationToken);
        return BuildSparseHessian(nodes, f, variables ?? VariablesOf(nodes), cancellationToken);
    }

    /// <summary>
    /// <see cref="SparseHessian(Expr, IReadOnlyList{Expr}, CancellationToken)"/> of <paramref name="f"/>, numbered already in
    /// <paramref name="nodes"/>: for a caller that numbered f for its own use (its variables, say) and would otherwise
    /// pay for numbering a large f twice.
    /// </summary>
    /// <example><code>
    /// var nodes = DagNumbering.Of([f]);
    /// var entries = Calculus.SparseHessianOver(nodes, f, Calculus.VariablesOf(nodes));
    /// </code></example>
    /// <exception cref="ArgumentException"><paramref name="f"/> is not among the numbered nodes.</exception>
    public static MatrixEntry[] SparseHessianOver(DagNumbering nodes, Expr f, IReadOnlyList<Expr> variables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(f);
        if (!nodes.TryGetNumber(f, out _)) throw new ArgumentException("f is not among the numbered nodes: number it with DagNumbering.Of([f])", nameof(f));
        RequireVariables(variables);
        return BuildSparseHessian(nodes, f, variables, cancellationToken);
    }

    // The sparse Hessian of f, numbered in nodes, by variables each listed once (checked by the caller).
    private static MatrixEntry[] BuildSparseHessian(DagNumbering nodes, Expr f, IReadOnlyList<Expr> variables, CancellationToken cancellationToken)
    {
        // The limit is checked on f, counted by the numbering for free: its reverse gradient is within a small constant
        // of f's size, and counting the gradient's million nodes of a large f would take a walk of its own.
        ExpressionLimits.Check(nodes.Order.Count, "the function");
        var pattern = new DependencySets(nodes, variables).HessianPattern(f);
        var gradient = ReverseGradient.Of(f, variables, nodes, cancellationToken);
        // Each entry goes straight to its place in the pattern's row-major order: row i's upper triangle comes from
        // row i's sweep, its lower one from the rows above it, which fill it in ascending column order.
        var rowStarts = new int[pattern.Length + 1];
        for (var i = 0; i < pattern.Length; i++) rowStarts[i + 1] = rowStarts[i] + pattern[i].Length;
        var values = new Expr?[rowStarts[^1]];
        var next = rowStarts[..^1];
        var columns = new List<Expr>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var row = pattern[i];
            var first = next[i] - rowStarts[i];
            if (first == row.Length) continue;
            columns.Clear();
            for (var k = first; k < row.Length; k++) columns.Add(variables[row[k]]);
            var rowValues = ReverseGradient.Of(gradient[i], columns, cancellationToken);
            for (var k = 0; k < rowValues.Length; k++)
            {
                var value = rowValues[k] == Expr.Zero ? null : rowValues[k];
                values[next[i]++] = value;
                var j = row[first + k];
                if (j != i) values[next[j]++] = value;
            }
        }
        var entries = new MatrixEntry[values.Count(value => value is not null)];
        var at = 0;
        for (var i = 0; i < pattern.Length; i++)
            for (var k = rowStarts[i]; k < rowStarts[i + 1]; k++)
                if (values[k] is { } value) entries[at++] = new MatrixEntry(i, pattern[i][k - rowStarts[i]], value);
        return entries;
    }

    /// <summary>The variables of the numbered DAG, in natural order (<see cref="VariablesOf(Expr)"/> without a walk of its own).</summary>
    public static IReadOnlyList<Expr> VariablesOf(DagNumbering nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var variables = new List<Expr>();
        var names = new List<string>();
        // Only the leaves are looked at: a million type checks of a large f are a million cache misses.
        foreach (var k in nodes.Leaves)
            if (nodes.Order[k] is Variable v)
            {
                variables.Add(v);
                names.Add(v.Name);
            }
        // Sorted by the names as keys, as ExprWalk.Variables sorts: comparing through the nodes costs a cast and a
        // cache miss per comparison.
        var sorted = variables.ToArray();
        Array.Sort(names.ToArray(), sorted, Comparer<string>.Create(ExprOrder.NaturalCompare));
        return sorted;
    }

    /// <summary>
    /// The non-zero entries of the Jacobian (row i = function i), in row-major order with columns ascending. Each
    /// row is one reverse sweep over its function, restricted to the variables of its pattern.
    /// </summary>
    public static MatrixEntry[] SparseJacobian(IReadOnlyList<Expr> functions, IReadOnlyList<Expr>? variables = null, CancellationToken cancellationToken = default)
    {
        variables = CheckFunctions(functions, variables);
        var pattern = JacobianPattern(functions, variables);
        var entries = new List<MatrixEntry>();
        for (var i = 0; i < functions.Count; i++)
        {
            var columns = pattern[i];
            if (columns.Length == 0) continue;
            var values = ReverseGradient.Of(functions[i], columns.Select(j => variables[j]).ToArray(), cancellationToken);
            for (var k = 0; k < columns.Length; k++)
                if (values[k] != Expr.Zero) entries.Add(new MatrixEntry(i, columns[k], values[k]));
        }
        return entries.ToArray();
    }

    /// <summary>
    /// ∇²f·v without forming the Hessian: forward mode along v over the reverse sweep's gradient, one pass over the
    /// gradient's DAG, so its size stays within a small constant of f's. Component i is Σⱼ ∂²f/∂xᵢ∂xⱼ·vⱼ.
    /// </summary>
    public static Expr[] HessianVectorProduct(Expr f, IReadOnlyList<Expr> variables, IReadOnlyList<Expr> direction, CancellationToken cancellationToken = default)
    {
        CheckDirection(variables, direction);
        var gradient = Gradient(f, variables, cancellationToken);
        ExpressionLimits.Check(gradient, "the gradient");
        var tangents = new Dictionary<Expr, Expr>();
        for (var i = 0; i < variables.Count; i++) tangents[variables[i]] = direction[i];
        return ForwardDerivative.AlongAll(gradient, tangents, cancellationToken);
    }

    private static IReadOnlyList<Expr> CheckFunctions(IReadOnlyList<Expr> functions, IReadOnlyList<Expr>? variables)
    {
        ArgumentNullException.ThrowIfNull(functions);
        if (functions.Count == 0) throw CalculusErrors.NoFunctions();
        variables ??= ExprWalk.Variables(functions).Select(Expr.Var).ToArray();
        RequireVariables(variables);
        return variables;
    }
}

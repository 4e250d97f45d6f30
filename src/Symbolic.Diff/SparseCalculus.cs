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
    /// is not); <see cref="SparseHessian"/> drops such entries.
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
        variables ??= VariablesOf(f);
        RequireVariables(variables);
        // One numbering of f serves the pattern and the gradient, which would each walk all of f again.
        var nodes = new DagNumbering();
        nodes.Add([f], cancellationToken);
        // The limit is checked on f, counted by the numbering for free: its reverse gradient is within a small constant
        // of f's size, and counting the gradient's million nodes of a large f would take a walk of its own.
        ExpressionLimits.Check(nodes.Order.Count, "the function");
        var pattern = new DependencySets(nodes, variables).HessianPattern(f);
        var gradient = ReverseGradient.Of(f, variables, nodes, cancellationToken);
        var n = variables.Count;
        var rows = new List<MatrixEntry>[n];
        for (var i = 0; i < n; i++) rows[i] = [];
        for (var i = 0; i < n; i++)
        {
            // The upper triangle of row i (its columns are sorted); rows above i have already put their mirrored entries in row i.
            var row = pattern[i];
            var first = 0;
            while (first < row.Length && row[first] < i) first++;
            if (first == row.Length) continue;
            var columns = new Expr[row.Length - first];
            for (var k = 0; k < columns.Length; k++) columns[k] = variables[row[first + k]];
            var values = ReverseGradient.Of(gradient[i], columns, cancellationToken);
            for (var k = 0; k < columns.Length; k++)
            {
                if (values[k] == Expr.Zero) continue;
                var j = row[first + k];
                rows[i].Add(new MatrixEntry(i, j, values[k]));
                if (j != i) rows[j].Add(new MatrixEntry(j, i, values[k]));
            }
        }
        return rows.SelectMany(row => row).ToArray();
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

namespace Symbolic.Codegen;

/// <summary>Second order and vector functions: sparse and dense Hessians and Jacobians, Hessian-vector products.</summary>
/// <example><code>
/// var f = Expressions.Parse("x^2*y");
/// var hessian = Compiler.SparseHessian(f);                 // pattern (0, 0), (0, 1), (1, 0)
/// var values = new double[hessian.Pattern.NonZeroCount];
/// hessian.Evaluate([3, 5], values);                        // [10, 6, 6]
/// var hv = new double[2];
/// Compiler.HessianVectorProduct(f)([3, 5], [1, 0], hv);    // [10, 6]
/// </code></example>
public static partial class Compiler
{
    /// <summary>
    /// The Hessian's structurally non-zero entries (<see cref="Calculus.SparseHessian"/>: the full symmetric pattern,
    /// both triangles, without entries that are identically zero), compiled to fill their values in CSR order.
    /// </summary>
    public static CompiledSparseMatrix SparseHessian(Expr f, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default)
    {
        var (names, entries) = HessianEntries(f, variables, cancellationToken);
        return Sparse(entries, names.Count, names, cancellationToken);
    }

    /// <summary>
    /// The Jacobian's structurally non-zero entries (row i = function i, <see cref="Calculus.SparseJacobian"/>),
    /// compiled to fill their values in CSR order. An empty list is a <see cref="SymbolicException"/>.
    /// </summary>
    public static CompiledSparseMatrix SparseJacobian(IReadOnlyList<Expr> functions, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default)
    {
        var names = BindFunctions(functions, variables);
        var entries = Calculus.SparseJacobian(functions, Variables(names), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return Sparse(entries, functions.Count, names, cancellationToken);
    }

    /// <summary>The m×n Jacobian of m functions, dense and row-major; only the non-zero entries are computed.</summary>
    public static JacobianFunction Jacobian(IReadOnlyList<Expr> functions, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default)
    {
        var names = BindFunctions(functions, variables);
        var entries = Calculus.SparseJacobian(functions, Variables(names), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var fill = Dense(entries, functions.Count, names, "jacobian", cancellationToken);
        return (x, jacobian) => fill(x, jacobian);
    }

    /// <summary>
    /// The Hessian (<see cref="Calculus.Hessian"/>) into a caller-provided n×n row-major buffer. Only the entries of
    /// the sparse pattern are computed; the rest of the buffer is zeroed.
    /// </summary>
    public static HessianFunction Hessian(Expr f, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default)
    {
        var (names, entries) = HessianEntries(f, variables, cancellationToken);
        var fill = Dense(entries, names.Count, names, "hessian", cancellationToken);
        return (x, hessian) => fill(x, hessian);
    }

    /// <summary>
    /// ∇²f(x)·v without forming the Hessian (<see cref="Calculus.HessianVectorProduct"/>: forward mode over the reverse
    /// sweep), with v a run-time argument. Thread-safe; allocates nothing per call after a thread's first.
    /// </summary>
    public static HessianVectorFunction HessianVectorProduct(Expr f, IReadOnlyList<string>? variables = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(f);
        var names = Bind([f], variables);
        var n = names.Count;
        // The direction enters as variables of its own after x's, named so that no user variable can clash; one
        // index space for both keeps an index shift of x a shift of v, so the product's repeats still form loops.
        var directionNames = Enumerable.Range(0, n).Select(i => $"\u0394{i}#").ToArray();
        var products = Calculus.HessianVectorProduct(f, Variables(names), Variables(directionNames), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var identity = Enumerable.Range(0, n).ToArray();
        var compiled = OutputListCompiler.Lambda(products, identity, identity.Select(i => (long)i).ToArray(),
            [.. names, .. directionNames], n, "x and v", "result", clearFirst: false, cancellationToken).Compile();
        var joined = new ThreadLocal<double[]>(() => new double[2 * n]);
        return (x, v, result) =>
        {
            ArrayArguments.RequireLength(x, n, "x");
            ArrayArguments.RequireLength(v, n, "v");
            var xv = joined.Value!;
            Array.Copy(x, xv, n);
            Array.Copy(v, 0, xv, n, n);
            compiled(xv, result);
        };
    }

    // One numbering of f gives its variables and serves the Hessian (which would number f again).
    private static (IReadOnlyList<string> Names, MatrixEntry[] Entries) HessianEntries(Expr f, IReadOnlyList<string>? variables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(f);
        var nodes = DagNumbering.Of([f], cancellationToken: cancellationToken);
        var (names, bound) = Bind(nodes, variables);
        var entries = Calculus.SparseHessianOver(nodes, f, bound, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return (names, entries);
    }

    private static CompiledSparseMatrix Sparse(MatrixEntry[] entries, int rowCount, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var pattern = SparsityPattern.FromEntries(rowCount, names.Count, entries);
        var lambda = OutputListCompiler.Lambda(entries.Select(e => e.Value).ToArray(), Enumerable.Range(0, entries.Length).ToArray(),
            DiagonalOrder(entries), names, entries.Length, "x", "values", clearFirst: false, cancellationToken);
        return new CompiledSparseMatrix(pattern, lambda.Compile());
    }

    private static Action<double[], double[]> Dense(MatrixEntry[] entries, int rowCount, IReadOnlyList<string> names, string buffer, CancellationToken cancellationToken)
    {
        var n = names.Count;
        return OutputListCompiler.Lambda(entries.Select(e => e.Value).ToArray(), entries.Select(e => e.Row * n + e.Column).ToArray(),
            DiagonalOrder(entries), names, rowCount * n, "x", buffer, clearFirst: true, cancellationToken).Compile();
    }

    // Entries along one diagonal of a banded matrix are usually index-shifted copies: compile them next to each other.
    private static long[] DiagonalOrder(MatrixEntry[] entries) =>
        entries.Select(e => ((long)(e.Column - e.Row) << 32) + e.Row).ToArray();

    private static IReadOnlyList<string> BindFunctions(IReadOnlyList<Expr> functions, IReadOnlyList<string>? variables)
    {
        ArgumentNullException.ThrowIfNull(functions);
        if (functions.Count == 0) throw CalculusErrors.NoFunctions();
        if (functions.Any(f => f is null)) throw new ArgumentException("the list of functions holds a null", nameof(functions));
        return Bind(functions, variables);
    }

    private static Expr[] Variables(IEnumerable<string> names) => names.Select(Expr.Var).ToArray();
}

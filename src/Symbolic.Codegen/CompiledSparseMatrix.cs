namespace Symbolic.Codegen;

/// <summary>
/// A compiled sparse matrix of derivatives: <see cref="Evaluate"/> writes the values of the
/// <see cref="Pattern"/>'s entries at a point, in CSR order. Thread-safe; allocates nothing per call.
/// </summary>
/// <example><code>
/// var hessian = Compiler.SparseHessian(Expressions.Parse("x^2*y"));
/// var values = new double[hessian.Pattern.NonZeroCount];
/// hessian.Evaluate([3, 5], values);   // [10, 6, 6]: (0, 0) = 2*y, (0, 1) = 2*x, (1, 0) = 2*x
/// </code></example>
public sealed class CompiledSparseMatrix
{
    private readonly Action<double[], double[]> evaluate;

    internal CompiledSparseMatrix(SparsityPattern pattern, Action<double[], double[]> evaluate)
    {
        Pattern = pattern;
        this.evaluate = evaluate;
    }

    /// <summary>Where the entries are.</summary>
    public SparsityPattern Pattern { get; }

    /// <summary>
    /// Writes the <see cref="SparsityPattern.NonZeroCount"/> values at <paramref name="x"/> (at least
    /// <see cref="SparsityPattern.ColumnCount"/> elements) into <paramref name="values"/>, in CSR order. A short array is a
    /// <see cref="ArgumentException"/> naming the array and the length expected.
    /// </summary>
    public void Evaluate(double[] x, double[] values) => evaluate(x, values);
}

namespace Symbolic.Codegen;

/// <summary>
/// Where the structurally non-zero entries of a sparse matrix are, in compressed sparse row (CSR) form: the entries
/// of row i are at positions <c>RowStarts[i]</c> … <c>RowStarts[i + 1] - 1</c>, with their columns in
/// <see cref="ColumnIndices"/>, ascending within each row.
/// </summary>
/// <example><code>
/// var hessian = Compiler.SparseHessian(Expressions.Parse("x^2*y"));
/// // RowStarts [0, 2, 3], ColumnIndices [0, 1, 0]: (0, 0) = 2*y, (0, 1) = 2*x, (1, 0) = 2*x
/// </code></example>
public sealed class SparsityPattern
{
    internal SparsityPattern(int rowCount, int columnCount, int[] rowStarts, int[] columnIndices)
    {
        RowCount = rowCount;
        ColumnCount = columnCount;
        RowStarts = rowStarts;
        ColumnIndices = columnIndices;
    }

    /// <summary>Number of rows (functions of a Jacobian, variables of a Hessian).</summary>
    public int RowCount { get; }

    /// <summary>Number of columns (variables).</summary>
    public int ColumnCount { get; }

    /// <summary>Where each row's entries start; length <see cref="RowCount"/> + 1, the last is <see cref="NonZeroCount"/>.</summary>
    public int[] RowStarts { get; }

    /// <summary>The column of each entry, ascending within each row; length <see cref="NonZeroCount"/>.</summary>
    public int[] ColumnIndices { get; }

    /// <summary>Number of structurally non-zero entries.</summary>
    public int NonZeroCount => ColumnIndices.Length;

    /// <summary>The pattern of entries given in row-major order with ascending columns (as the sparse derivatives give them).</summary>
    internal static SparsityPattern FromEntries(int rowCount, int columnCount, IReadOnlyList<MatrixEntry> entries)
    {
        var rowStarts = new int[rowCount + 1];
        var columns = new int[entries.Count];
        for (var k = 0; k < entries.Count; k++)
        {
            rowStarts[entries[k].Row + 1]++;
            columns[k] = entries[k].Column;
        }
        for (var i = 0; i < rowCount; i++) rowStarts[i + 1] += rowStarts[i];
        return new SparsityPattern(rowCount, columnCount, rowStarts, columns);
    }
}

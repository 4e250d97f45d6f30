using Symbolic.Repl.Values;

namespace Symbolic.Repl.Output;

/// <summary>A matrix as a person reads it: one row per line, each column right-aligned to its widest entry.</summary>
internal static class MatrixText
{
    /// <summary>The lines of <paramref name="value"/> when it is a matrix of two rows or more, else null.</summary>
    public static IReadOnlyList<string>? Lines(ReplValue? value)
    {
        if (value is not VectorValue { Items.Count: > 1 } matrix || !matrix.Items.All(r => r is VectorValue row && row.Items.All(i => i is not VectorValue)))
            return null;
        var cells = matrix.Items.Select(r => ((VectorValue)r).Items.Select(i => i.Print()).ToArray()).ToArray();
        var columns = cells.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => cells.Where(r => c < r.Length).Max(r => r[c].Length)).ToArray();
        return cells.Select((row, i) =>
            (i == 0 ? "[[" : " [") + string.Join(", ", row.Select((cell, c) => cell.PadLeft(widths[c]))) + (i == cells.Length - 1 ? "]]" : "],")).ToArray();
    }
}

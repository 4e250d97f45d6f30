using System.Globalization;
using System.Xml.Linq;

namespace Symbolic.Repl.Plots;

/// <summary>
/// A "spy" plot of a sparsity pattern: one dark square per structurally non-zero entry, row 0 at the top. Above
/// <see cref="MaxCells"/> rows or columns, entries are binned into a grid of that size (a cell is dark when any entry
/// falls in it), and the dark cells of a grid row are drawn as runs, so the file stays small for any matrix.
/// </summary>
internal static class SpyPlot
{
    private const int MaxCells = 400;
    private const double Side = 600, Margin = 60;

    /// <summary>Writes the pattern (<paramref name="rows"/>[i] holds the columns of row i) to <paramref name="path"/>.</summary>
    public static void Write(string path, int columnCount, IReadOnlyList<int[]> rows, string title, string rowName, string columnName)
    {
        var rowCells = Math.Min(rows.Count, MaxCells);
        var columnCells = Math.Min(columnCount, MaxCells);
        var cell = Side / Math.Max(rowCells, columnCells);
        var (width, height) = (columnCells * cell, rowCells * cell);
        XNamespace svg = SvgCanvas.Svg;
        var marks = new XElement(svg + "g", new XAttribute("fill", "#1f3a93"), new XAttribute("class", "entries"));
        var filled = new bool[columnCells];
        for (var r = 0; r < rowCells; r++)
        {
            Array.Clear(filled);
            var (first, last) = (Bin(r, rowCells, rows.Count), Bin(r + 1, rowCells, rows.Count));
            for (var i = first; i < last; i++)
                foreach (var j in rows[i]) filled[(int)((long)j * columnCells / columnCount)] = true;
            for (var c = 0; c < columnCells; c++)
            {
                if (!filled[c]) continue;
                var end = c;
                while (end + 1 < columnCells && filled[end + 1]) end++;
                marks.Add(new XElement(svg + "rect", Attr("x", Margin + c * cell), Attr("y", Margin + r * cell),
                    Attr("width", (end - c + 1) * cell), Attr("height", cell)));
                c = end;
            }
        }
        var binned = rowCells < rows.Count || columnCells < columnCount
            ? $" (binned: one cell per {Math.Ceiling((double)rows.Count / rowCells)}×{Math.Ceiling((double)columnCount / columnCells)} entries)" : "";
        var document = new XElement(svg + "svg",
            Attr("width", width + 2 * Margin), Attr("height", height + 2 * Margin),
            new XAttribute("viewBox", $"0 0 {Number(width + 2 * Margin)} {Number(height + 2 * Margin)}"),
            new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", 12),
            new XElement(svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "white")),
            new XElement(svg + "text", Attr("x", Margin), Attr("y", 24), new XAttribute("font-size", 14), title),
            new XElement(svg + "text", Attr("x", Margin), Attr("y", 42), new XAttribute("fill", "#555"),
                $"{rows.Count} {rowName} × {columnCount} {columnName}{binned}"),
            new XElement(svg + "rect", Attr("x", Margin), Attr("y", Margin), Attr("width", width), Attr("height", height),
                new XAttribute("fill", "none"), new XAttribute("stroke", "#333")),
            marks,
            new XElement(svg + "text", Attr("x", Margin), Attr("y", Margin + height + 18), "0"),
            new XElement(svg + "text", Attr("x", Margin + width), Attr("y", Margin + height + 18), new XAttribute("text-anchor", "end"),
                (columnCount - 1).ToString(CultureInfo.InvariantCulture)),
            new XElement(svg + "text", Attr("x", Margin + width / 2), Attr("y", Margin + height + 36), new XAttribute("text-anchor", "middle"), columnName),
            new XElement(svg + "text", new XAttribute("transform", $"translate({Number(Margin - 24)} {Number(Margin + height / 2)}) rotate(-90)"),
                new XAttribute("text-anchor", "middle"), rowName),
            new XElement(svg + "text", Attr("x", Margin - 6), Attr("y", Margin + 10), new XAttribute("text-anchor", "end"), "0"),
            new XElement(svg + "text", Attr("x", Margin - 6), Attr("y", Margin + height), new XAttribute("text-anchor", "end"),
                (rows.Count - 1).ToString(CultureInfo.InvariantCulture)));
        new XDocument(new XDeclaration("1.0", "utf-8", null), document).Save(path);
    }

    // The first item of bin b when count items are spread over bins bins.
    private static int Bin(int b, int bins, int count) => (int)((long)b * count / bins);

    private static XAttribute Attr(string name, double value) => new(name, Number(value));

    private static string Number(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}

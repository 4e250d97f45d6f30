using System.Globalization;
using System.Xml.Linq;

namespace Symbolic.Repl.Plots;

/// <summary>
/// An SVG drawing area with a data rectangle mapped onto a pixel plot area: axes with ticks, polylines, arrows,
/// text and a legend, written by hand with System.Xml.Linq.
/// </summary>
internal sealed class SvgCanvas
{
    /// <summary>The SVG namespace.</summary>
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const double Width = 900, Height = 520, Left = 70, Right = 230, Top = 40, Bottom = 60;
    private readonly XElement root;
    private readonly XElement plotLayer;

    /// <summary>A canvas showing x in [<paramref name="xMin"/>, <paramref name="xMax"/>] and y in [<paramref name="yMin"/>, <paramref name="yMax"/>].</summary>
    public SvgCanvas(double xMin, double xMax, double yMin, double yMax, string title)
    {
        (XMin, XMax, YMin, YMax) = (xMin, xMax, yMin, yMax);
        root = new XElement(Svg + "svg",
            new XAttribute("width", Width), new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", 12),
            new XElement(Svg + "defs",
                new XElement(Svg + "clipPath", new XAttribute("id", "plot-area"),
                    new XElement(Svg + "rect", Attr("x", Left), Attr("y", Top), Attr("width", Width - Left - Right), Attr("height", Height - Top - Bottom))),
                new XElement(Svg + "marker", new XAttribute("id", "arrow-head"), new XAttribute("viewBox", "0 0 10 10"),
                    new XAttribute("refX", 9), new XAttribute("refY", 5), new XAttribute("markerWidth", 6), new XAttribute("markerHeight", 6),
                    new XAttribute("orient", "auto-start-reverse"),
                    new XElement(Svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z"), new XAttribute("fill", "#555")))),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "white")),
            new XElement(Svg + "text", Attr("x", (Left + Width - Right) / 2), Attr("y", 24), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-size", 15), title));
        plotLayer = new XElement(Svg + "g", new XAttribute("clip-path", "url(#plot-area)"), new XAttribute("class", "data"));
        root.Add(plotLayer);
    }

    /// <summary>The data range shown.</summary>
    public double XMin { get; }
    /// <inheritdoc cref="XMin"/>
    public double XMax { get; }
    /// <inheritdoc cref="XMin"/>
    public double YMin { get; }
    /// <inheritdoc cref="XMin"/>
    public double YMax { get; }

    /// <summary>Pixel column of data x.</summary>
    public double PixelX(double x) => Left + (x - XMin) / (XMax - XMin) * (Width - Left - Right);

    /// <summary>Pixel row of data y (up is up).</summary>
    public double PixelY(double y) => Height - Bottom - (y - YMin) / (YMax - YMin) * (Height - Top - Bottom);

    /// <summary>A frame, the lines x = 0 and y = 0 when visible, ticks with labels and axis names.</summary>
    public void Axes(string xName, string yName)
    {
        var axes = new XElement(Svg + "g", new XAttribute("class", "axes"), new XAttribute("stroke", "#333"));
        axes.Add(new XElement(Svg + "rect", Attr("x", Left), Attr("y", Top), Attr("width", Width - Left - Right),
            Attr("height", Height - Top - Bottom), new XAttribute("fill", "none")));
        if (XMin < 0 && XMax > 0) axes.Add(Line(PixelX(0), Top, PixelX(0), Height - Bottom, "#999", 1));
        if (YMin < 0 && YMax > 0) axes.Add(Line(Left, PixelY(0), Width - Right, PixelY(0), "#999", 1));
        foreach (var t in Ticks.Between(XMin, XMax))
        {
            axes.Add(Line(PixelX(t), Height - Bottom, PixelX(t), Height - Bottom + 6, "#333", 1));
            axes.Add(Text(PixelX(t), Height - Bottom + 20, Ticks.Label(t), "middle", "tick"));
        }
        foreach (var t in Ticks.Between(YMin, YMax))
        {
            axes.Add(Line(Left - 6, PixelY(t), Left, PixelY(t), "#333", 1));
            axes.Add(Text(Left - 9, PixelY(t) + 4, Ticks.Label(t), "end", "tick"));
        }
        axes.Add(Text(Width - Right, Height - 15, xName, "end", "axis-label"));
        axes.Add(Text(15, Top - 10, yName, "start", "axis-label"));
        root.Add(axes);
    }

    /// <summary>A curve through data points; NaN or infinite points break it into pieces.</summary>
    public void Curve(IEnumerable<(double X, double Y)> points, string colour, double width = 2, string? dash = null, string? cssClass = null)
    {
        var piece = new List<string>();
        void Flush()
        {
            if (piece.Count > 1)
            {
                var line = new XElement(Svg + "polyline", new XAttribute("points", string.Join(" ", piece)), new XAttribute("fill", "none"),
                    new XAttribute("stroke", colour), Attr("stroke-width", width), new XAttribute("stroke-linejoin", "round"));
                if (dash is not null) line.Add(new XAttribute("stroke-dasharray", dash));
                if (cssClass is not null) line.Add(new XAttribute("class", cssClass));
                plotLayer.Add(line);
            }
            piece.Clear();
        }
        foreach (var (x, y) in points)
        {
            if (!double.IsFinite(x) || !double.IsFinite(y)) { Flush(); continue; }
            var py = Math.Clamp(PixelY(y), -1e4, 1e4);
            piece.Add($"{Format(PixelX(x))},{Format(py)}");
        }
        Flush();
    }

    /// <summary>A straight data-space segment, e.g. one piece of a contour line.</summary>
    public void Segment(double x1, double y1, double x2, double y2, string colour, double width) =>
        plotLayer.Add(Line(PixelX(x1), PixelY(y1), PixelX(x2), PixelY(y2), colour, width));

    /// <summary>An arrow from one data point to another, with a head.</summary>
    public void Arrow(double x1, double y1, double x2, double y2)
    {
        var line = Line(PixelX(x1), PixelY(y1), PixelX(x2), PixelY(y2), "#555", 1.2);
        line.Add(new XAttribute("marker-end", "url(#arrow-head)"), new XAttribute("class", "arrow"));
        plotLayer.Add(line);
    }

    /// <summary>A filled dot at a data point.</summary>
    public void Dot(double x, double y, string colour, double radius = 4) =>
        plotLayer.Add(new XElement(Svg + "circle", Attr("cx", PixelX(x)), Attr("cy", PixelY(y)), Attr("r", radius), new XAttribute("fill", colour)));

    /// <summary>A label at a data point.</summary>
    public void Label(double x, double y, string text, string colour) =>
        plotLayer.Add(new XElement(Svg + "text", Attr("x", PixelX(x) + 6), Attr("y", PixelY(y) - 6), new XAttribute("fill", colour), text));

    /// <summary>A legend box right of the plot area, so it never hides data; one coloured line per entry.</summary>
    public void Legend(IReadOnlyList<(string Text, string Colour, string? Dash)> entries)
    {
        const int longest = 26;
        entries = entries.Select(e => (e.Text.Length > longest ? e.Text[..(longest - 1)] + "…" : e.Text, e.Colour, e.Dash)).ToArray();
        var boxWidth = Right - 20;
        var x = Width - Right + 10;
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"),
            new XElement(Svg + "rect", Attr("x", x), Attr("y", Top + 10), Attr("width", boxWidth), Attr("height", 10 + entries.Count * 20),
                new XAttribute("fill", "white"), new XAttribute("fill-opacity", 0.85), new XAttribute("stroke", "#999")));
        for (var i = 0; i < entries.Count; i++)
        {
            var y = Top + 25 + i * 20;
            var sample = Line(x + 8, y, x + 30, y, entries[i].Colour, 2.5);
            if (entries[i].Dash is { } dash) sample.Add(new XAttribute("stroke-dasharray", dash));
            legend.Add(sample, Text(x + 36, y + 4, entries[i].Text, "start", "legend-text"));
        }
        root.Add(legend);
    }

    /// <summary>Writes the SVG document to <paramref name="path"/>.</summary>
    public void Save(string path) => new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(path);

    /// <summary>The drawing as SVG markup, for a page or a notebook to show inline.</summary>
    public string Markup() => root.ToString(SaveOptions.DisableFormatting);

    private static XElement Line(double x1, double y1, double x2, double y2, string colour, double width) =>
        new(Svg + "line", Attr("x1", x1), Attr("y1", y1), Attr("x2", x2), Attr("y2", y2), new XAttribute("stroke", colour), Attr("stroke-width", width));

    private static XElement Text(double x, double y, string text, string anchor, string cssClass) =>
        new(Svg + "text", Attr("x", x), Attr("y", y), new XAttribute("text-anchor", anchor), new XAttribute("class", cssClass),
            new XAttribute("stroke", "none"), new XAttribute("fill", "#222"), text);

    private static XAttribute Attr(string name, double value) => new(name, Format(value));

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

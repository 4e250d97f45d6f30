using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Symbolic.Repl.Plots;

/// <summary>
/// An SVG drawing area with a data rectangle mapped onto a pixel plot area: axes with ticks, polylines, arrows,
/// text, a legend, and optionally a second y-axis on the right, written by hand with System.Xml.Linq.
/// </summary>
internal sealed class SvgCanvas
{
    /// <summary>The SVG namespace.</summary>
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const double Width = 900, Height = 520, Left = 70, LegendWidth = 210, Top = 40, Bottom = 60, SideAxisRoom = 70;
    private readonly XElement root;
    private readonly XElement plotLayer;
    private readonly double plotWidth, plotHeight, canvasWidth;

    /// <summary>
    /// A canvas showing x in [<paramref name="xMin"/>, <paramref name="xMax"/>] and y in [<paramref name="yMin"/>, <paramref name="yMax"/>].
    /// <paramref name="equalAspect"/> gives one unit the same length on both axes (circles stay round);
    /// <paramref name="sideRoom"/> keeps room right of the plot for a second axis or a colour scale.
    /// </summary>
    public SvgCanvas(double xMin, double xMax, double yMin, double yMax, string title, bool equalAspect = false, bool sideRoom = false)
    {
        (XMin, XMax, YMin, YMax) = (xMin, xMax, yMin, yMax);
        var available = Width - Left - LegendWidth - 20 - (sideRoom ? SideAxisRoom : 0);
        plotHeight = Height - Top - Bottom;
        plotWidth = available;
        if (equalAspect)
        {
            // The longer side keeps its length; the other shrinks so a unit is as long across as up.
            var unit = Math.Min(available / (xMax - xMin), plotHeight / (yMax - yMin));
            (plotWidth, plotHeight) = (unit * (xMax - xMin), unit * (yMax - yMin));
        }
        SideX = Left + plotWidth;
        LegendX = SideX + 20 + (sideRoom ? SideAxisRoom : 0);
        // A plot narrowed to equal scales takes its legend along instead of leaving a blank band on the right.
        canvasWidth = Math.Min(Width, LegendX + LegendWidth);
        root = new XElement(Svg + "svg",
            Attr("width", canvasWidth), new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {Format(canvasWidth)} {Height}"),
            new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", 12),
            new XElement(Svg + "defs",
                new XElement(Svg + "clipPath", new XAttribute("id", "plot-area"),
                    new XElement(Svg + "rect", Attr("x", Left), Attr("y", Top), Attr("width", plotWidth), Attr("height", plotHeight))),
                new XElement(Svg + "marker", new XAttribute("id", "arrow-head"), new XAttribute("viewBox", "0 0 10 10"),
                    new XAttribute("refX", 9), new XAttribute("refY", 5), new XAttribute("markerWidth", 6), new XAttribute("markerHeight", 6),
                    new XAttribute("orient", "auto-start-reverse"),
                    new XElement(Svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z"), new XAttribute("fill", "#555")))),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "white")),
            new XElement(Svg + "text", Attr("x", Left + plotWidth / 2), Attr("y", 24), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-size", 15), Shorten(title, 90)));
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

    /// <summary>The pixel column of the plot area's right edge, where a second axis or colour scale starts.</summary>
    public double SideX { get; }

    private double LegendX { get; }

    /// <summary>The pixel rows of the plot area's top and bottom edges.</summary>
    public (double Top, double Bottom) PlotRows => (Top, Top + plotHeight);

    /// <summary>Pixel column of data x.</summary>
    public double PixelX(double x) => Left + (x - XMin) / (XMax - XMin) * plotWidth;

    /// <summary>Pixel row of data y (up is up).</summary>
    public double PixelY(double y) => Top + plotHeight - (y - YMin) / (YMax - YMin) * plotHeight;

    /// <summary>A frame, the lines x = 0 and y = 0 when visible, ticks with labels and axis names.</summary>
    public void Axes(string xName, string yName)
    {
        var bottom = Top + plotHeight;
        var axes = new XElement(Svg + "g", new XAttribute("class", "axes"), new XAttribute("stroke", "#333"));
        axes.Add(new XElement(Svg + "rect", Attr("x", Left), Attr("y", Top), Attr("width", plotWidth), Attr("height", plotHeight), new XAttribute("fill", "none")));
        if (XMin < 0 && XMax > 0) axes.Add(Line(PixelX(0), Top, PixelX(0), bottom, "#999", 1));
        if (YMin < 0 && YMax > 0) axes.Add(Line(Left, PixelY(0), Left + plotWidth, PixelY(0), "#999", 1));
        foreach (var t in Ticks.Between(XMin, XMax, plotWidth < 500 ? 6 : 8))
        {
            axes.Add(Line(PixelX(t), bottom, PixelX(t), bottom + 6, "#333", 1));
            axes.Add(Text(PixelX(t), bottom + 20, Ticks.Label(t), "middle", "tick"));
        }
        foreach (var t in Ticks.Between(YMin, YMax))
        {
            axes.Add(Line(Left - 6, PixelY(t), Left, PixelY(t), "#333", 1));
            axes.Add(Text(Left - 9, PixelY(t) + 4, Ticks.Label(t), "end", "tick"));
        }
        axes.Add(Text(Left + plotWidth, bottom + 45, xName, "end", "axis-label"));
        axes.Add(Text(15, Top - 10, yName, "start", "axis-label"));
        root.Add(axes);
    }

    /// <summary>
    /// A second y-axis on the right for values in [<paramref name="min"/>, <paramref name="max"/>], in <paramref name="colour"/>;
    /// returns the map from such a value to this canvas's y, so a curve on that scale can be drawn with <see cref="Curve"/>.
    /// </summary>
    public Func<double, double> SecondAxis(double min, double max, string name, string colour)
    {
        double ToY(double v) => YMin + (v - min) / (max - min) * (YMax - YMin);
        var axis = new XElement(Svg + "g", new XAttribute("class", "second-axis"), new XAttribute("stroke", colour));
        axis.Add(Line(SideX, Top, SideX, Top + plotHeight, colour, 1));
        foreach (var t in Ticks.Between(min, max))
        {
            axis.Add(Line(SideX, PixelY(ToY(t)), SideX + 6, PixelY(ToY(t)), colour, 1));
            axis.Add(Text(SideX + 9, PixelY(ToY(t)) + 4, Ticks.Label(t), "start", "tick", colour));
        }
        axis.Add(Text(SideX, Top - 10, name, "middle", "axis-label", colour));
        root.Add(axis);
        return ToY;
    }

    /// <summary>A vertical colour scale right of the plot: one band per contour level, low at the bottom, labelled with the level.</summary>
    public void ColourScale(IReadOnlyList<(double Level, string Colour)> levels)
    {
        var scale = new XElement(Svg + "g", new XAttribute("class", "colour-scale"));
        var band = plotHeight / levels.Count;
        var every = Math.Max(1, (int)Math.Ceiling(levels.Count / 8.0));
        for (var i = 0; i < levels.Count; i++)
        {
            var y = Top + plotHeight - (i + 1) * band;
            scale.Add(new XElement(Svg + "rect", Attr("x", SideX + 10), Attr("y", y), Attr("width", 14), Attr("height", band), new XAttribute("fill", levels[i].Colour)));
            if (i % every == 0) scale.Add(Text(SideX + 28, y + band / 2 + 4, Ticks.Label(Round(levels[i].Level)), "start", "tick"));
        }
        root.Add(scale);
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

    /// <summary>A small label centred on a data point, with a white halo so it reads over lines.</summary>
    public void Label(double x, double y, string text, string colour) =>
        plotLayer.Add(new XElement(Svg + "text", Attr("x", PixelX(x)), Attr("y", PixelY(y) + 4), new XAttribute("text-anchor", "middle"),
            new XAttribute("font-size", 11), new XAttribute("fill", colour), new XAttribute("stroke", "white"), new XAttribute("stroke-width", 3),
            new XAttribute("paint-order", "stroke"), new XAttribute("class", "level-label"), text));

    /// <summary>A legend box right of the plot area, so it never hides data; one coloured line per entry.</summary>
    public void Legend(IReadOnlyList<(string Text, string Colour, string? Dash)> entries)
    {
        const int longest = 26;
        entries = entries.Select(e => (Shorten(e.Text, longest), e.Colour, e.Dash)).ToArray();
        var boxWidth = canvasWidth - LegendX - 10;
        var x = LegendX;
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

    /// <summary>The SVG document as UTF-8 bytes, without a byte-order mark.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        return stream.ToArray();
    }

    /// <summary>Four significant digits: levels are fractions of the data range, and 0.30000000000000004 reads better as 0.3.</summary>
    internal static double Round(double value) => value == 0 ? 0 : Math.Round(value, Math.Clamp(3 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15));

    private static string Shorten(string text, int longest) => text.Length > longest ? text[..(longest - 1)] + "…" : text;

    /// <summary>The drawing as SVG markup, for a page or a notebook to show inline.</summary>
    public string Markup() => root.ToString(SaveOptions.DisableFormatting);

    private static XElement Line(double x1, double y1, double x2, double y2, string colour, double width) =>
        new(Svg + "line", Attr("x1", x1), Attr("y1", y1), Attr("x2", x2), Attr("y2", y2), new XAttribute("stroke", colour), Attr("stroke-width", width));

    private static XElement Text(double x, double y, string text, string anchor, string cssClass, string fill = "#222") =>
        new(Svg + "text", Attr("x", x), Attr("y", y), new XAttribute("text-anchor", anchor), new XAttribute("class", cssClass),
            new XAttribute("stroke", "none"), new XAttribute("fill", fill), text);

    private static XAttribute Attr(string name, double value) => new(name, Format(value));

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

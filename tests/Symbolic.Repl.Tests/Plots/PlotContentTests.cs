using System.Xml.Linq;
using SkiaSharp;

namespace Symbolic.Repl.Tests.Plots;

/// <summary>What the plot files hold, read back from the SVG (and the PNG's pixels).</summary>
public class PlotContentTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string Folder = SymdiffProcess.TempDirectory();
    private static readonly string[] Commands =
    [
        "plot(tan(x), x, -3, 3, out=tan)",
        "plot(sin(x), x, -3, 3, deriv=false, out=nod)",
        "plot(log(x), x, -2, 3, out=log)",
        "plot(x^2, x, 0, 100, out=square)",
        "plot(x^3, x, 0, 1000, out=cube)",
        "plot(sqrt(x), x, -3, -1, out=nothing)",
        "plot(sin(x), x, -3, 3, at=5, out=far)",
        "plot(x, x, 0, 1, out=\"no-such-folder/a.svg\")",
        "plot(x^2 + y^2, x, -2, 2, y, -2, 2, out=bowl)",
        "plot((1 - x)^2 + 100*(y - x^2)^2, x, -2, 2, y, -1, 3, out=valley)",
        "plot(sin(x), x, -3, 3, at=1, out=\"curve.png\")",
    ];
    private static readonly Lazy<ToolRun> Run = new(() => SymdiffProcess.Run(["--json"], string.Join("\n", Commands) + "\n", Folder));

    private static System.Text.Json.JsonElement Answer(string input) =>
        Run.Value.Lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).Single(a => a.GetProperty("input").GetString() == input);

    private static XDocument Load(string name)
    {
        _ = Run.Value;
        return XDocument.Load(Path.Combine(Folder, name));
    }

    private static IEnumerable<string> Labels(XDocument svg, string group) =>
        svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == group)
            .SelectMany(g => g.Descendants(Svg + "text")).Where(t => (string?)t.Attribute("class") == "tick").Select(t => t.Value);

    private static double[] PointsX(XElement polyline) =>
        polyline.Attribute("points")!.Value.Split(' ').Select(p => double.Parse(p.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void Derivative_HasItsOwnAxis_AndAPoleGivesASymmetricRange()
    {
        var svg = Load("tan.svg");
        Assert.Contains(svg.Descendants(Svg + "polyline"), l => (string?)l.Attribute("class") == "derivative");
        Assert.NotEmpty(Labels(svg, "second-axis"));
        var left = Labels(svg, "axes").Select(double.Parse).ToArray();
        // x ticks come first; the y ticks of f are the rest, symmetric about 0 around tan's poles.
        var yTicks = left.Skip(Array.IndexOf(left, 3.0) + 1).ToArray();
        Assert.Equal(-yTicks[0], yTicks[^1]);
        Assert.InRange(yTicks[^1], 5, 50);
    }

    [Fact]
    public void DerivFalse_DrawsOnlyF()
    {
        var svg = Load("nod.svg");
        Assert.DoesNotContain(svg.Descendants(Svg + "polyline"), l => (string?)l.Attribute("class") == "derivative");
        Assert.Empty(Labels(svg, "second-axis"));
        Assert.Equal("wrote " + Path.Combine(Folder, "nod.svg") + ": f for x in [-3, 3]", Answer(Commands[1]).GetProperty("result").GetString());
    }

    [Fact]
    public void Derivative_IsNotDrawnWhereFIsUndefined()
    {
        var svg = Load("log.svg");
        var f = svg.Descendants(Svg + "polyline").Single(l => (string?)l.Attribute("class") == "f");
        var derivative = svg.Descendants(Svg + "polyline").Where(l => (string?)l.Attribute("class") == "derivative").SelectMany(PointsX).ToArray();
        Assert.NotEmpty(derivative);
        Assert.True(derivative.Min() >= PointsX(f).Min(), "f′ starts where f does, right of 0");
    }

    [Theory]
    [InlineData("square.svg", "10000", "1E+04")]
    [InlineData("cube.svg", "1e9", "1E+09")]
    public void TickLabels_ReadAsAPersonWritesThem(string file, string expected, string unwanted)
    {
        var labels = Labels(Load(file), "axes").ToArray();
        Assert.Contains(expected, labels);
        Assert.DoesNotContain(unwanted, labels);
    }

    [Fact]
    public void SvgFiles_HaveNoByteOrderMark()
    {
        _ = Run.Value;
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "tan.svg"));
        Assert.Equal("<?xml", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
    }

    [Fact]
    public void NothingDrawable_IsAnErrorAndWritesNoFile()
    {
        var answer = Answer(Commands[5]);
        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal("nothing to draw: sqrt(x) has no real value for x in [-3, -1]; no file written", answer.GetProperty("error").GetString());
        Assert.False(File.Exists(Path.Combine(Folder, "nothing.svg")));
    }

    [Fact]
    public void TangentOutsideTheRange_IsReported()
    {
        var text = Answer(Commands[6]).GetProperty("result").GetString()!;
        Assert.StartsWith("warning: the tangent at x = 5 is outside the plotted range [-3, 3] and is not drawn", text);
        Assert.DoesNotContain(Load("far.svg").Descendants(Svg + "polyline"), l => (string?)l.Attribute("class") == "tangent");
    }

    [Fact]
    public void MissingFolder_IsAClearError()
    {
        var answer = Answer(Commands[7]);
        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal($"cannot write {Path.Combine(Folder, "no-such-folder", "a.svg")}: the folder {Path.Combine(Folder, "no-such-folder")} does not exist",
            answer.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("bowl.svg", 1.0)]
    public void ContourPlot_KeepsOneScaleOnBothAxes(string file, double ratio)
    {
        var clip = Load(file).Descendants(Svg + "clipPath").Single().Element(Svg + "rect")!;
        var (width, height) = (double.Parse((string)clip.Attribute("width")!), double.Parse((string)clip.Attribute("height")!));
        Assert.Equal(ratio, width / height, 0.01);
    }

    [Fact]
    public void ContourPlot_LabelsLevelsAndDrawsAColourScale()
    {
        var svg = Load("bowl.svg");
        var labels = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "level-label").Select(t => t.Value).ToArray();
        Assert.True(labels.Length >= 3, $"{labels.Length} level labels");
        Assert.All(labels, l => Assert.Matches(@"^\d+(\.\d)?$", l));
        var scale = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "colour-scale");
        Assert.True(scale.Elements(Svg + "rect").Count() >= 5);
    }

    [Fact]
    public void ContourPlot_OfANarrowValley_SpacesItsLevelsByFactors_SoTheValleyHasLines()
    {
        // Rosenbrock's values run from 0 to about 2,500 but most of the square is below a few hundred: evenly spaced
        // levels would all lie above 150 and leave the valley blank.
        var levels = Load("valley.svg").Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "level-label")
            .Select(t => double.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(levels.Length >= 3, $"{levels.Length} level labels");
        Assert.Contains(levels, l => l <= 10);
        for (var i = 1; i < levels.Length; i++) Assert.True(levels[i] >= 2 * levels[i - 1], $"labels {string.Join(", ", levels)}");
    }

    [Fact]
    public void PngOutput_IsARealPngWithADrawing()
    {
        Assert.True(Answer(Commands[9]).GetProperty("ok").GetBoolean());
        var path = Path.Combine(Folder, "curve.png");
        Assert.False(File.Exists(path + ".svg"));
        using var image = SKBitmap.Decode(path);
        Assert.NotNull(image);
        Assert.Equal((1350, 780), (image.Width, image.Height));
        Assert.InRange(PixelCheck.InkFraction(image), 0.01, 0.6);
    }
}

using System.Xml.Linq;

namespace Symbolic.Repl.Tests;

public class PlotFileTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string Directory = SymdiffProcess.TempDirectory();
    private static readonly Lazy<ToolRun> Run = new(() => SymdiffProcess.Run([],
        "plot(x^3 - x, x, -2, 2, at=1, out=cubic)\ndescend(x^2 + 3*y^2, [2, 2], lr=0.1, steps=20)\nplot(x^2 + 3*y^2, x, -3, 3, y, -3, 3)\n", Directory));

    private static XDocument Load(string name)
    {
        Assert.Equal(0, Run.Value.ExitCode);
        return XDocument.Load(Path.Combine(Directory, name));
    }

    [Fact]
    public void CurvePlot_HoldsTheFunctionItsDerivativeTheTangentAxesAndLegend()
    {
        var svg = Load("cubic.svg");
        var lines = svg.Descendants(Svg + "polyline").ToList();
        Assert.Contains(lines, l => (string?)l.Attribute("class") == "f");
        Assert.Contains(lines, l => (string?)l.Attribute("class") == "derivative");
        Assert.Contains(lines, l => (string?)l.Attribute("class") == "tangent");
        Assert.Single(svg.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "axes");
        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        Assert.Equal(["f = x^3 - x", "f′ = 3*x^2 - 1", "tangent at x = 1"], legend.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void ContourPlot_HoldsContoursArrowsAndTheLastDescentPath()
    {
        Assert.Contains($"wrote {Path.Combine(Directory, "plot1.svg")}: contours of f and −∇f arrows, with the last descent path", Run.Value.Lines);
        var svg = Load("plot1.svg");
        Assert.True(svg.Descendants(Svg + "line").Count(l => l.Attribute("class") is null) > 100, "contour segments");
        Assert.True(svg.Descendants(Svg + "line").Count(l => (string?)l.Attribute("class") == "arrow") > 100, "gradient arrows");
        var path = svg.Descendants(Svg + "polyline").Single(l => (string?)l.Attribute("class") == "descent-path");
        Assert.Equal(21, path.Attribute("points")!.Value.Split(' ').Length);
        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        Assert.Contains("descent path (20 steps)", legend.Descendants(Svg + "text").Select(t => t.Value));
    }
}

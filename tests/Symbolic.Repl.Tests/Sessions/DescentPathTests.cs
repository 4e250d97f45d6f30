using System.Xml.Linq;

namespace Symbolic.Repl.Tests.Sessions;

public class DescentPathTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static bool HasDescentPath(string directory, string file) =>
        XDocument.Load(Path.Combine(directory, file)).Descendants(Svg + "polyline").Any(l => (string?)l.Attribute("class") == "descent-path");

    [Fact]
    public void DescentPath_IsDrawnOnlyOnAPlotOfTheFunctionItDescended()
    {
        var directory = SymdiffProcess.TempDirectory();
        var session = new Session(directory);
        var results = SessionLines.Run(session,
            "let r(x, y) = (1 - x)^2 + 100*(y - x^2)^2",
            "descend(r, [-1, 1], lr=0.001, steps=50)",
            "plot(1/(x^2 + y^2), x, -2, 2, y, -2, 2, out=other)",
            "plot(r, x, -2, 2, y, -1, 3, out=same)",
            "plot((1 - x)^2 + 100*(y - x^2)^2, x, -2, 2, y, -1, 3, out=written)",
            "plot(r, x, -2, 2, y, -1, 3, out=none, path=none)",
            "plot(1/(x^2 + y^2), x, -2, 2, y, -2, 2, out=asked, path=last)");
        Assert.EndsWith("contours of f and −∇f arrows", results[2]);
        Assert.False(HasDescentPath(directory, "other.svg"));
        Assert.EndsWith("with the last descent path", results[3]);
        Assert.True(HasDescentPath(directory, "same.svg"));
        Assert.True(HasDescentPath(directory, "written.svg"));
        Assert.False(HasDescentPath(directory, "none.svg"));
        Assert.True(HasDescentPath(directory, "asked.svg"));
    }

    [Fact]
    public void PathLast_WithoutADescentInThoseVariables_IsAnError()
    {
        var results = SessionLines.Run("plot(x*y, x, -1, 1, y, -1, 1, path=last)", "descend(a^2 + b^2, [1, 1])", "plot(x*y, x, -1, 1, y, -1, 1, path=last)", "plot(x*y, x, -1, 1, y, -1, 1, path=maybe)");
        Assert.Equal("error: path=last needs a descent in (x, y), but no descend has run in this session", results[0]);
        Assert.Equal("error: path=last needs a descent in (x, y), but the last descend ran in (a, b)", results[2]);
        Assert.StartsWith("error: path= takes auto", results[3]);
    }

    [Fact]
    public void Clear_ForgetsTheDescentPath()
    {
        var directory = SymdiffProcess.TempDirectory();
        SessionLines.Run(new Session(directory), "descend(x^2 + y^2, [1, 1])", "clear", "plot(x^2 + y^2, x, -1, 1, y, -1, 1, out=after)");
        Assert.False(HasDescentPath(directory, "after.svg"));
    }
}

using Symbolic.Repl.Numerics;

namespace Symbolic.Repl.Plots;

/// <summary>
/// f of two variables: contour lines (marching squares on a grid), arrows of −∇f, and the path of the last
/// descent when it ran in the same two variables.
/// </summary>
internal static class ContourPlot
{
    private const int Grid = 80, Levels = 14, ArrowGrid = 13;

    // Levels go a factor apart when the median value sits in the lowest eighth of the range (a paraboloid's is near
    // the middle, Rosenbrock's at a twelfth), and then span at most four powers of ten below the top: about a dozen.
    private const double SkewRatio = 8, MaxLevelRange = 1e4;
    private static readonly string[] Palette = ["#313695", "#4575b4", "#74add1", "#abd9e9", "#fdae61", "#f46d43", "#d73027", "#a50026"];

    /// <summary>
    /// The drawing, or null when f has no real value anywhere on the grid. Equal ranges get equal scales, so circles
    /// stay round and −∇f arrows look perpendicular to the contours.
    /// </summary>
    public static SvgCanvas? Draw(Expr f, (string Name, double From, double To) x, (string Name, double From, double To) y, SessionDescent? descent)
    {
        var (xSpan, ySpan) = (x.To - x.From, y.To - y.From);
        var equal = Math.Abs(xSpan - ySpan) <= 1e-9 * Math.Max(xSpan, ySpan);
        var canvas = new SvgCanvas(x.From, x.To, y.From, y.To, $"f({x.Name}, {y.Name}) = {Expressions.Print(f)}", equalAspect: equal, sideRoom: true);
        var bindings = new Dictionary<string, double>();
        double F(double a, double b)
        {
            bindings[x.Name] = a;
            bindings[y.Name] = b;
            return Evaluator.Evaluate(f, bindings);
        }

        var xs = Enumerable.Range(0, Grid + 1).Select(i => x.From + (x.To - x.From) * i / Grid).ToArray();
        var ys = Enumerable.Range(0, Grid + 1).Select(j => y.From + (y.To - y.From) * j / Grid).ToArray();
        var values = new double[Grid + 1, Grid + 1];
        for (var i = 0; i <= Grid; i++)
            for (var j = 0; j <= Grid; j++) values[i, j] = F(xs[i], ys[j]);
        var finite = values.Cast<double>().Where(double.IsFinite).Order().ToArray();
        if (finite.Length == 0) return null;
        var (low, high) = (finite[finite.Length / 100], finite[finite.Length - 1 - finite.Length / 100]);
        // Round levels (0.5, 1, 1.5, …) between the 1st and 99th percentile, so the labels read as a person would write them;
        // a function whose values crowd near its least, as a narrow valley's do, gets levels a factor apart (…, 1, 2, 5, 10, …),
        // which draw the valley that evenly spaced levels would leave blank.
        var median = finite[finite.Length / 2];
        var geometric = low >= 0 && median - low < (high - low) / SkewRatio;
        var candidates = geometric ? Ticks.Geometric(Math.Max(low, high / MaxLevelRange), high) : Ticks.Between(low, high, Levels);
        double Position(double level) => geometric
            ? Math.Log(level / candidates[0]) / Math.Log(high / candidates[0])
            : (level - low) / (high - low);
        var levels = new List<(double Level, string Colour)>();
        foreach (var level in candidates.Where(l => l > low && l < high))
        {
            var colour = Palette[Math.Clamp((int)(Position(level) * Palette.Length), 0, Palette.Length - 1)];
            levels.Add((level, colour));
            var labelAt = DrawLevel(canvas, xs, ys, values, level, colour);
            // Every other level carries its value, where its line is farthest from the frame.
            if (levels.Count % 2 == 1 && labelAt is var (lx, ly)) canvas.Label(lx, ly, Ticks.Label(level), "#222"); // the pale middle colours do not read as text
        }
        canvas.ColourScale(levels);

        var gradient = Calculus.Gradient(f, [Expr.Var(x.Name), Expr.Var(y.Name)]);
        var cell = Math.Min((x.To - x.From) / ArrowGrid, (y.To - y.From) / ArrowGrid);
        var arrows = new List<(double X, double Y, double Gx, double Gy)>();
        for (var i = 0; i < ArrowGrid; i++)
            for (var j = 0; j < ArrowGrid; j++)
            {
                var (a, b) = (x.From + (x.To - x.From) * (i + 0.5) / ArrowGrid, y.From + (y.To - y.From) * (j + 0.5) / ArrowGrid);
                bindings[x.Name] = a;
                bindings[y.Name] = b;
                var g = Evaluator.EvaluateAll(gradient, bindings);
                if (double.IsFinite(g[0]) && double.IsFinite(g[1])) arrows.Add((a, b, g[0], g[1]));
            }
        var longest = arrows.Count == 0 ? 0 : arrows.Max(a => Math.Sqrt(a.Gx * a.Gx + a.Gy * a.Gy));
        foreach (var (a, b, gx, gy) in arrows)
        {
            var norm = Math.Sqrt(gx * gx + gy * gy);
            if (norm < longest * 1e-3 || longest == 0) continue;
            // Length grows with |∇f| but stays readable: at least a third of a cell, at most 80% of one.
            var length = cell * (0.3 + 0.5 * norm / longest);
            canvas.Arrow(a, b, a - gx / norm * length, b - gy / norm * length);
        }

        var legend = new List<(string, string, string?)> { ("contours of f", Palette[1], null), ("−∇f", "#555", null) };
        if (descent is { Variables.Count: 2 } && descent.Variables.SequenceEqual([x.Name, y.Name]))
        {
            canvas.Curve(descent.Path.Select(p => (p[0], p[1])), "#e6550d", 2.5, cssClass: "descent-path");
            canvas.Dot(descent.Path[0][0], descent.Path[0][1], "#e6550d");
            canvas.Dot(descent.End[0], descent.End[1], "#31a354", 5);
            legend.Add(($"descent path ({descent.Steps} steps)", "#e6550d", null));
        }
        canvas.Axes(x.Name, y.Name);
        canvas.Legend(legend);
        return canvas;
    }

    // Marching squares: in each cell, join the points where the level crosses the cell's edges.
    // Returns the point of the level's line farthest inside the frame, where its label goes, or null when the level crosses no cell.
    private static (double X, double Y)? DrawLevel(SvgCanvas canvas, double[] xs, double[] ys, double[,] v, double level, string colour)
    {
        var midpoints = new List<(double X, double Y)>();
        for (var i = 0; i < xs.Length - 1; i++)
            for (var j = 0; j < ys.Length - 1; j++)
            {
                var corners = new[] { (xs[i], ys[j], v[i, j]), (xs[i + 1], ys[j], v[i + 1, j]), (xs[i + 1], ys[j + 1], v[i + 1, j + 1]), (xs[i], ys[j + 1], v[i, j + 1]) };
                if (corners.Any(c => !double.IsFinite(c.Item3))) continue;
                var crossings = new List<(double X, double Y)>();
                for (var k = 0; k < 4; k++)
                {
                    var (ax, ay, av) = corners[k];
                    var (bx, by, bv) = corners[(k + 1) % 4];
                    if ((av < level) == (bv < level)) continue;
                    var t = (level - av) / (bv - av);
                    crossings.Add((ax + t * (bx - ax), ay + t * (by - ay)));
                }
                for (var k = 0; k + 1 < crossings.Count; k += 2)
                {
                    canvas.Segment(crossings[k].X, crossings[k].Y, crossings[k + 1].X, crossings[k + 1].Y, colour, 1.3);
                    midpoints.Add(((crossings[k].X + crossings[k + 1].X) / 2, (crossings[k].Y + crossings[k + 1].Y) / 2));
                }
            }
        if (midpoints.Count == 0) return null;
        double Inside((double X, double Y) p) => Math.Min(Math.Min(p.X - xs[0], xs[^1] - p.X) / (xs[^1] - xs[0]), Math.Min(p.Y - ys[0], ys[^1] - p.Y) / (ys[^1] - ys[0]));
        return midpoints.MaxBy(Inside);
    }
}

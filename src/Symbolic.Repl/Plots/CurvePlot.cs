namespace Symbolic.Repl.Plots;

/// <summary>f and f′ of one variable on an interval, with an optional tangent line, axes, ticks and a legend.</summary>
internal static class CurvePlot
{
    private const int Samples = 400;

    /// <summary>Draws the plot and writes it to <paramref name="path"/>.</summary>
    public static void Write(string path, Expr f, string variable, double from, double to, double? tangentAt) =>
        Draw(f, variable, from, to, tangentAt).Save(path);

    /// <summary>Draws the plot.</summary>
    public static SvgCanvas Draw(Expr f, string variable, double from, double to, double? tangentAt)
    {
        var derivative = Calculus.Diff(f, Expr.Var(variable));
        var xs = Enumerable.Range(0, Samples + 1).Select(i => from + (to - from) * i / Samples).ToArray();
        var fs = xs.Select(x => At(f, variable, x)).ToArray();
        var ds = xs.Select(x => At(derivative, variable, x)).ToArray();
        var (yMin, yMax) = Range(fs.Concat(ds));

        var canvas = new SvgCanvas(from, to, yMin, yMax, $"f({variable}) = {Expressions.Print(f)}");
        canvas.Axes(variable, "y");
        canvas.Curve(xs.Zip(fs), "#1f77b4", cssClass: "f");
        canvas.Curve(xs.Zip(ds), "#d62728", dash: "6 4", cssClass: "derivative");
        var legend = new List<(string, string, string?)> { ($"f = {Expressions.Print(f)}", "#1f77b4", null), ($"f′ = {Expressions.Print(derivative)}", "#d62728", "6 4") };
        if (tangentAt is { } t)
        {
            var (ft, slope) = (At(f, variable, t), At(derivative, variable, t));
            canvas.Curve([(from, ft + slope * (from - t)), (to, ft + slope * (to - t))], "#2ca02c", 1.5, cssClass: "tangent");
            canvas.Dot(t, ft, "#2ca02c");
            legend.Add(($"tangent at {variable} = {Ticks.Label(t)}", "#2ca02c", null));
        }
        canvas.Legend(legend);
        return canvas;
    }

    private static double At(Expr e, string variable, double x) => Evaluator.Evaluate(e, new Dictionary<string, double> { [variable] = x });

    // The y range of the finite samples, trimmed of the extreme 2% so a pole does not flatten the rest.
    private static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).Order().ToArray();
        if (finite.Length == 0) return (-1, 1);
        var cut = finite.Length / 50;
        var (min, max) = (finite[cut], finite[finite.Length - 1 - cut]);
        if (max - min < 1e-12) (min, max) = (min - 1, max + 1);
        var pad = (max - min) * 0.08;
        return (min - pad, max + pad);
    }
}

namespace Symbolic.Repl.Plots;

/// <summary>
/// f of one variable on an interval: f on the left axis, f′ on its own axis on the right (so a steep derivative
/// does not flatten f), an optional tangent line, ticks and a legend. The y-ranges ignore the tails near poles.
/// </summary>
internal static class CurvePlot
{
    private const int Samples = 400;
    private const string FColour = "#1f77b4", DerivativeColour = "#d62728", TangentColour = "#2ca02c";

    /// <summary>The drawing, with the warnings a user should read; null when f has no real value anywhere in the range.</summary>
    public static CurveDrawing? Draw(Expr f, string variable, double from, double to, double? tangentAt, bool derivative)
    {
        var xs = Enumerable.Range(0, Samples + 1).Select(i => from + (to - from) * i / Samples).ToArray();
        var fs = xs.Select(x => At(f, variable, x)).ToArray();
        if (PlotRange.Of(fs) is not var (yMin, yMax)) return null;
        var warnings = new List<string>();
        var tangentDrawn = false;
        var fPrime = Calculus.Diff(f, Expr.Var(variable));
        // f′ only where f itself has a value: log′ = 1/x has values left of 0, log has none.
        var ds = derivative ? xs.Select((x, i) => double.IsFinite(fs[i]) ? At(fPrime, variable, x) : double.NaN).ToArray() : [];
        var dRange = derivative ? PlotRange.Of(ds) : null;

        var canvas = new SvgCanvas(from, to, yMin, yMax, $"f({variable}) = {Expressions.Print(f)}", sideRoom: dRange is not null);
        canvas.Axes(variable, "f");
        canvas.Curve(PlotRange.BreakAtPoles(xs, fs, yMin, yMax), FColour, cssClass: "f");
        var legend = new List<(string, string, string?)> { ($"f = {Expressions.Print(f)}", FColour, null) };
        if (dRange is var (dMin, dMax))
        {
            var toY = canvas.SecondAxis(dMin, dMax, "f′", DerivativeColour);
            canvas.Curve(PlotRange.BreakAtPoles(xs, ds, dMin, dMax).Select(p => (p.X, toY(p.Y))), DerivativeColour, dash: "6 4", cssClass: "derivative");
            legend.Add(($"f′ = {Expressions.Print(fPrime)}", DerivativeColour, "6 4"));
        }
        else if (derivative)
        {
            warnings.Add($"f′ = {Expressions.Print(fPrime)} has no real value in the range and is not drawn");
        }
        if (tangentAt is { } t)
        {
            var (ft, slope) = (At(f, variable, t), At(fPrime, variable, t));
            if (t < from || t > to)
                warnings.Add($"the tangent at {variable} = {Ticks.Label(t)} is outside the plotted range [{Ticks.Label(from)}, {Ticks.Label(to)}] and is not drawn");
            else if (!double.IsFinite(ft) || !double.IsFinite(slope))
                warnings.Add($"no tangent at {variable} = {Ticks.Label(t)}: f or f′ has no real value there");
            else
            {
                canvas.Curve([(from, ft + slope * (from - t)), (to, ft + slope * (to - t))], TangentColour, 1.5, cssClass: "tangent");
                canvas.Dot(t, ft, TangentColour);
                legend.Add(($"tangent at {variable} = {Ticks.Label(t)}", TangentColour, null));
                tangentDrawn = true;
                if (ft < yMin || ft > yMax) warnings.Add($"the tangent point f({Ticks.Label(t)}) = {Ticks.Label(ft)} is outside the y-range shown");
            }
        }
        canvas.Legend(legend);
        return new CurveDrawing(canvas, dRange is not null, tangentDrawn, warnings);
    }

    private static double At(Expr e, string variable, double x) => Evaluator.Evaluate(e, new Dictionary<string, double> { [variable] = x });
}

/// <summary>A drawn curve plot: what it shows, and the warnings about what it could not show.</summary>
internal sealed record CurveDrawing(SvgCanvas Canvas, bool DerivativeDrawn, bool TangentDrawn, IReadOnlyList<string> Warnings);

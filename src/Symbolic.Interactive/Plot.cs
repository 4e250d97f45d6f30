using Symbolic.Repl.Plots;

namespace Symbolic.Interactive;

/// <summary>
/// f and f′ of one variable on an interval (with an optional tangent line), drawn as the <c>symdiff</c> REPL's
/// <c>plot</c> draws it; a notebook shows it inline as SVG.
/// </summary>
/// <example><c>Plot.Of(Expressions.Parse("sin(x)"), "x", -3, 3, tangentAt: 1)</c></example>
public sealed class Plot
{
    private Plot(string svg) => Svg = svg;

    /// <summary>The drawing as SVG markup.</summary>
    public string Svg { get; }

    /// <summary>
    /// Draws <paramref name="f"/> and, on its own axis, its derivative over <paramref name="variable"/> from
    /// <paramref name="from"/> to <paramref name="to"/>; a <see cref="SymbolicException"/> when f has no real value there.
    /// </summary>
    public static Plot Of(Expr f, string variable, double from, double to, double? tangentAt = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentException.ThrowIfNullOrEmpty(variable);
        if (!(from < to) || !double.IsFinite(from) || !double.IsFinite(to))
            throw new ArgumentException($"the interval must be finite with from < to, got [{from}, {to}]", nameof(to));
        var drawing = CurvePlot.Draw(f, variable, from, to, tangentAt, derivative: true)
            ?? throw new SymbolicException($"nothing to draw: {Expressions.Print(f)} has no real value for {variable} in [{Ticks.Label(from)}, {Ticks.Label(to)}]");
        return new Plot(drawing.Canvas.Markup());
    }

    /// <summary>A one-line description for plain-text displays.</summary>
    public override string ToString() => $"plot ({Svg.Length:N0} characters of SVG)";
}

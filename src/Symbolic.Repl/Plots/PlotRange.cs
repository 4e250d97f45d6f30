namespace Symbolic.Repl.Plots;

/// <summary>
/// The y-range of sampled values, chosen as a person would: the middle 90% with some room, not the extremes near a
/// pole; symmetric about 0 when the values jump across a pole (tan, 1/x), so both branches show.
/// </summary>
internal static class PlotRange
{
    /// <summary>The range for <paramref name="values"/>, or null when none is finite.</summary>
    public static (double Min, double Max)? Of(IReadOnlyList<double> values)
    {
        var finite = values.Where(double.IsFinite).Order().ToArray();
        if (finite.Length == 0) return null;
        var cut = finite.Length / 20;
        var (low, high) = (finite[cut], finite[finite.Length - 1 - cut]);
        var span = high - low;
        if (span <= 1e-12 * Math.Max(1, Math.Abs(high))) return (low - Math.Max(1, Math.Abs(low) * 0.1), high + Math.Max(1, Math.Abs(high) * 0.1));
        // Up to a quarter span beyond the middle 90%, but no further than the values go.
        var (min, max) = (Math.Max(finite[0], low - span / 4), Math.Min(finite[^1], high + span / 4));
        if (HasPole(values, span))
        {
            var reach = Math.Max(Math.Abs(min), Math.Abs(max));
            (min, max) = (-reach, reach);
        }
        var pad = (max - min) * 0.06;
        return (min - pad, max + pad);
    }

    /// <summary>The points, with a break wherever the curve jumps from beyond one edge of [min, max] to beyond the other.</summary>
    public static IEnumerable<(double X, double Y)> BreakAtPoles(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double min, double max)
    {
        for (var i = 0; i < xs.Count; i++)
        {
            if (i > 0 && ((ys[i - 1] > max && ys[i] < min) || (ys[i - 1] < min && ys[i] > max))) yield return (double.NaN, double.NaN);
            yield return (xs[i], ys[i]);
        }
    }

    // Neighbouring finite samples of opposite sign further apart than twice the middle 90%: the curve went through infinity.
    private static bool HasPole(IReadOnlyList<double> values, double span)
    {
        var previous = double.NaN;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            if (double.IsFinite(previous) && Math.Sign(v) * Math.Sign(previous) < 0 && Math.Abs(v - previous) > 2 * span) return true;
            previous = v;
        }
        return false;
    }
}

using System.Globalization;

namespace Symbolic.Repl.Plots;

/// <summary>Round tick positions (1, 2 or 5 times a power of ten) covering a range.</summary>
internal static class Ticks
{
    /// <summary>About <paramref name="count"/> round values between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static IReadOnlyList<double> Between(double min, double max, int count = 8)
    {
        if (!(max > min)) return [min];
        var raw = (max - min) / count;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(m => m * power).First(s => s >= raw);
        var ticks = new List<double>();
        for (var t = Math.Ceiling(min / step) * step; t <= max + step * 1e-9; t += step)
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        return ticks;
    }

    /// <summary>A tick label without noise digits: <c>-2</c>, <c>0.5</c>, <c>1e+06</c>.</summary>
    public static string Label(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}

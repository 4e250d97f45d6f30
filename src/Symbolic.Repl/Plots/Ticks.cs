using System.Globalization;

namespace Symbolic.Repl.Plots;

/// <summary>Round tick positions (1, 2 or 5 times a power of ten) covering a range, labelled as a person writes them.</summary>
internal static class Ticks
{
    /// <summary>
    /// Round values spaced by factors (1, 2, 5, 10, 20, …) from above <paramref name="min"/> (positive) up to
    /// <paramref name="max"/>: levels for a function that spans several powers of ten, such as Rosenbrock's.
    /// </summary>
    public static IReadOnlyList<double> Geometric(double min, double max)
    {
        var ticks = new List<double>();
        if (!(min > 0) || !(max > min)) return ticks;
        for (var power = Math.Pow(10, Math.Floor(Math.Log10(min))); power <= max; power *= 10)
            foreach (var m in (ReadOnlySpan<double>)[1.0, 2.0, 5.0])
                if (m * power > min && m * power < max) ticks.Add(m * power);
        return ticks;
    }

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

    /// <summary>
    /// A label without noise digits: <c>-2</c>, <c>0.5</c>, <c>10000</c>; below 0.001 and from a million on, <c>1e6</c>,
    /// <c>2.5e-4</c> (no plus sign, no leading zeros in the exponent).
    /// </summary>
    public static string Label(double value)
    {
        if (value == 0) return "0";
        if (!double.IsFinite(value)) return double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-3 and < 1e6) return value.ToString("0.####", CultureInfo.InvariantCulture) is var plain && plain != "0" && plain != "-0" ? plain : value.ToString("G4", CultureInfo.InvariantCulture);
        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        var mantissa = Math.Round(value / Math.Pow(10, exponent), 3);
        if (Math.Abs(mantissa) >= 10) (mantissa, exponent) = (mantissa / 10, exponent + 1);
        return $"{mantissa.ToString("0.###", CultureInfo.InvariantCulture)}e{exponent}";
    }
}

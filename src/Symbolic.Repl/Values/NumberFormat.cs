using System.Globalization;

namespace Symbolic.Repl.Values;

/// <summary>How numbers computed in double precision are written.</summary>
internal static class NumberFormat
{
    /// <summary>
    /// The shortest text that reads back as the same double: <c>0.5</c>, <c>33</c>, <c>1e-10</c>,
    /// <c>1.4285714285714286e302</c> (exponents written as <see cref="Significant(double)"/> and the plots write them).
    /// </summary>
    public static string Shortest(double value) => value switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        double.NaN => "nan",
        _ => WithPlainExponent(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    // .NET writes 1E-10 and 1.5E+302; people (and our other numbers) write 1e-10 and 1.5e302.
    private static string WithPlainExponent(string text)
    {
        var at = text.IndexOf('E');
        if (at < 0) return text;
        var exponent = int.Parse(text.AsSpan(at + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return $"{text[..at]}e{exponent.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Five significant digits, scientific outside [0.001, 100000): <c>-6.1111e-10</c>, <c>1.2677e30</c>, <c>0.25</c> (the plots' tick labels write exponents the same way).</summary>
    public static string Significant(double value)
    {
        if (!double.IsFinite(value)) return Shortest(value);
        if (value == 0) return "0";
        var magnitude = Math.Abs(value);
        return magnitude is >= 1e-3 and < 1e5
            ? value.ToString("G5", CultureInfo.InvariantCulture)
            : value.ToString("0.####e0", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A time in the unit that keeps it between 1 and 1000, with three significant digits: <c>2.71 ns</c>,
    /// <c>301 µs</c>, <c>12.5 ms</c>, <c>1.04 s</c> (never <c>3.0074e5 ns</c>).
    /// </summary>
    public static string Duration(double nanoseconds)
    {
        // The bounds sit half a unit below 1000 so that what would round to "1000 ns" is written "1 µs".
        var (amount, unit) = nanoseconds switch
        {
            < 999.5 => (nanoseconds, "ns"),
            < 999.5e3 => (nanoseconds / 1e3, "µs"),
            < 999.5e6 => (nanoseconds / 1e6, "ms"),
            _ => (nanoseconds / 1e9, "s"),
        };
        return amount.ToString(amount >= 100 ? "0" : amount >= 10 ? "0.#" : "0.##", CultureInfo.InvariantCulture) + " " + unit;
    }

    /// <summary>A vector written with <see cref="Significant(double)"/>: <c>[-6.1111e-10, 8.1481e-10]</c>.</summary>
    public static string Significant(IEnumerable<double> values) => "[" + string.Join(", ", values.Select(Significant)) + "]";
}

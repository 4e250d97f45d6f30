namespace Symbolic.Repl.Output;

/// <summary>
/// The human-readable form of an error: the message, the offending line and a caret under the column. A long line
/// (a 10 MB input, a million brackets) is cut to a window around the column, so an error never echoes megabytes.
/// </summary>
/// <example><code>
/// ErrorExcerpt.Format("unexpected ')'", new string('x', 5000) + ")", line: 1, column: 5001);
/// // unexpected ')'
/// //   …xxxxxxxx)
/// //             ^
/// </code></example>
internal static class ErrorExcerpt
{
    /// <summary>Lines up to this many characters are shown whole.</summary>
    public const int MaxShown = 160;

    /// <summary>The message followed by the window of <paramref name="source"/> around line and column, with a caret.</summary>
    public static string Format(string message, string source, int line, int column)
    {
        var text = LineOf(source, line);
        var caret = Math.Clamp(column - 1, 0, text.Length);
        var start = 0;
        var end = text.Length;
        if (text.Length > MaxShown)
        {
            start = Math.Clamp(caret - MaxShown / 2, 0, text.Length - MaxShown);
            end = start + MaxShown;
        }
        var prefix = start > 0 ? "…" : "";
        var suffix = end < text.Length ? "…" : "";
        var visible = new string(text[start..end].Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return $"{message}\n  {prefix}{visible}{suffix}\n  {new string(' ', prefix.Length + caret - start)}^";
    }

    // The 1-based line of the source without its line break, found without splitting the whole text.
    private static string LineOf(string source, int line)
    {
        var start = 0;
        for (var i = 1; i < line; i++)
        {
            var next = source.IndexOf('\n', start);
            if (next < 0) return "";
            start = next + 1;
        }
        var end = source.IndexOf('\n', start);
        return source[start..(end < 0 ? source.Length : end)].TrimEnd('\r');
    }
}

using Symbolic.Syntax;

namespace Symbolic;

/// <summary>
/// The one exception type Symbolic raises for bad input or an impossible request
/// (a syntax error, an unknown function, a zero direction, a number too large to hold exactly).
/// When the problem has a place in the source text, <see cref="Span"/> names it.
/// </summary>
public class SymbolicException : Exception
{
    /// <summary>Creates an error without a source position.</summary>
    public SymbolicException(string message) : base(message) { }

    /// <summary>Creates an error that points at <paramref name="span"/> of <paramref name="source"/>.</summary>
    public SymbolicException(string message, TextSpan span, string? source = null) : base(message)
    {
        Span = span;
        Input = source;
    }

    /// <summary>
    /// An error at <paramref name="span"/> of <paramref name="source"/> when the place is known, and without a position
    /// when <paramref name="span"/> is null: for error factories that serve callers with and without a place.
    /// </summary>
    public static SymbolicException At(string message, TextSpan? span, string? source) =>
        span is { } place ? new SymbolicException(message, place, source) : new SymbolicException(message);

    /// <summary>Where the problem is, when it has a place.</summary>
    public TextSpan? Span { get; }

    /// <summary>The text the span points into, when known. (Not <see cref="Exception.Source"/>, the name of the assembly that threw.)</summary>
    public string? Input { get; }

    /// <summary>1-based line of the problem, or null.</summary>
    public int? Line => Span?.Line;

    /// <summary>1-based column of the problem, or null.</summary>
    public int? Column => Span?.Column;

    /// <summary>
    /// The message followed, when the place is known, by the offending line and a caret under the column:
    /// <code>
    /// expected ')' after 'sin(x'
    ///   sin(x
    ///        ^
    /// </code>
    /// </summary>
    public string Display => Span is { } span && Input is not null ? Excerpt(Message, Input, span.Line, span.Column) : Message;

    /// <summary>Lines up to this many characters are shown whole under a message; a longer one is cut to a window around the column.</summary>
    public const int MaxExcerptWidth = 160;

    /// <summary>
    /// <paramref name="message"/> followed by line <paramref name="line"/> of <paramref name="source"/> and a caret
    /// under <paramref name="column"/> (both from 1). A line longer than <see cref="MaxExcerptWidth"/> (a 10 MB input,
    /// a million brackets) is cut to a window around the column, so an error never echoes megabytes; control
    /// characters show as <c>?</c>.
    /// </summary>
    /// <example><code>
    /// SymbolicException.Excerpt("unexpected ')'", new string('x', 5000) + ")", line: 1, column: 5001);
    /// // unexpected ')'
    /// //   …xxxxxxxx)
    /// //             ^
    /// </code></example>
    public static string Excerpt(string message, string source, int line, int column)
    {
        var text = LineOf(source, line);
        var caret = Math.Clamp(column - 1, 0, text.Length);
        var start = 0;
        var end = text.Length;
        if (text.Length > MaxExcerptWidth)
        {
            start = Math.Clamp(caret - MaxExcerptWidth / 2, 0, text.Length - MaxExcerptWidth);
            end = start + MaxExcerptWidth;
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

/// <summary>Raised by the parser for text that is not a valid statement; always carries a position.</summary>
public sealed class ParseException : SymbolicException
{
    /// <summary>Creates a syntax error at <paramref name="span"/> of <paramref name="source"/>.</summary>
    public ParseException(string message, TextSpan span, string source) : base(message, span, source) { }
}

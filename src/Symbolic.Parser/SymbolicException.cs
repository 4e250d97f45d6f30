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
        Source = source;
    }

    /// <summary>Where the problem is, when it has a place.</summary>
    public TextSpan? Span { get; }

    /// <summary>The text the span points into, when known.</summary>
    public new string? Source { get; }

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
    public string Display
    {
        get
        {
            if (Span is not { } span || Source is null) return Message;
            var lines = Source.Split('\n');
            var lineText = span.Line - 1 < lines.Length ? lines[span.Line - 1].TrimEnd('\r') : "";
            var visible = new string(lineText.Select(c => char.IsControl(c) ? '?' : c).ToArray());
            var caretAt = Math.Max(0, span.Column - 1);
            return $"{Message}\n  {visible}\n  {new string(' ', caretAt)}^";
        }
    }
}

/// <summary>Raised by the parser for text that is not a valid statement; always carries a position.</summary>
public sealed class ParseException : SymbolicException
{
    /// <summary>Creates a syntax error at <paramref name="span"/> of <paramref name="source"/>.</summary>
    public ParseException(string message, TextSpan span, string source) : base(message, span, source) { }
}

namespace Symbolic.Syntax;

/// <summary>The text being parsed, with a line table to turn offsets into 1-based lines and columns.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    /// <summary>The span from offset <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public TextSpan Span(int start, int end)
    {
        // One line, the common case (a formula of millions of characters too): no search.
        if (_lineStarts.Length == 1) return new TextSpan(start, Math.Max(0, end - start), 1, start + 1);
        var line = Array.BinarySearch(_lineStarts, start);
        if (line < 0) line = ~line - 1;
        return new TextSpan(start, Math.Max(0, end - start), line + 1, start - _lineStarts[line] + 1);
    }

    /// <summary>The span of <paramref name="token"/>.</summary>
    public TextSpan Span(Antlr4.Runtime.IToken token) => Span(token.StartIndex, TokenFacts.End(token));
}

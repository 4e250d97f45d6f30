using Antlr4.Runtime;
using Symbolic.Grammar;

namespace Symbolic.Syntax;

/// <summary>What the parser's error messages need to know about tokens.</summary>
internal static class TokenFacts
{
    /// <summary>Tokens that can end an operand: <c>2</c>, <c>x</c>, <c>)</c>, <c>]</c>.</summary>
    public static bool EndsOperand(IToken token) => EndsOperand(token.Type);

    /// <inheritdoc cref="EndsOperand(IToken)"/>
    public static bool EndsOperand(int tokenType) => tokenType is SymbolicLexer.NUMBER or SymbolicLexer.IDENT
        or SymbolicLexer.RPAREN or SymbolicLexer.RBRACK or SymbolicLexer.SUPERSCRIPT;

    /// <summary>Tokens that can start a primary: <c>2</c>, <c>x</c>, <c>(</c>, <c>[</c>.</summary>
    public static bool StartsPrimary(IToken token) => token.Type is SymbolicLexer.NUMBER or SymbolicLexer.IDENT
        or SymbolicLexer.LPAREN or SymbolicLexer.LBRACK or SymbolicLexer.CALL_OPEN;

    /// <summary>Binary operators, which need an operand on each side.</summary>
    public static bool IsOperator(IToken token) => token.Type is SymbolicLexer.PLUS or SymbolicLexer.MINUS
        or SymbolicLexer.STAR or SymbolicLexer.SLASH or SymbolicLexer.CARET or SymbolicLexer.STARSTAR;

    public static char CloserFor(IToken opener) => opener.Type == SymbolicLexer.LBRACK ? ']' : ')';

    /// <summary>The name of a call-opening token (<c>sin(</c> or <c>sin (</c> gives <c>sin</c>).</summary>
    public static string CallName(IToken callOpen) => CallName(callOpen.Text);

    /// <inheritdoc cref="CallName(IToken)"/>
    public static string CallName(string callOpenText)
    {
        var text = callOpenText;
        var length = 0;
        while (length < text.Length && (char.IsLetterOrDigit(text[length]) || text[length] == '_')) length++;
        return text[..length];
    }

    /// <summary>The offset just past the token.</summary>
    public static int End(IToken token) => token.Type == TokenConstants.EOF ? token.StartIndex : token.StopIndex + 1;

    /// <summary>How a token is named in a message: <c>'+'</c>, or <c>end of input</c>.</summary>
    public static string Describe(IToken token) =>
        token.Type == TokenConstants.EOF ? "end of input" : $"'{Shorten(token.Text)}'";

    /// <summary>Cuts long text for a message.</summary>
    public static string Shorten(string text, int max = 40) =>
        text.Length <= max ? text : text[..(max - 1)] + "…";
}

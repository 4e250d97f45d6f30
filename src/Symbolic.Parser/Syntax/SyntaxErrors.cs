using Antlr4.Runtime;
using Symbolic.Grammar;

namespace Symbolic.Syntax;

/// <summary>
/// Replaces ANTLR's console listener: the first syntax error becomes a <see cref="ParseException"/> with a
/// message written for people (never ANTLR's "mismatched input ... expecting {...}") and an exact position.
/// </summary>
internal sealed class SyntaxErrors : BaseErrorListener
{
    private readonly SourceText _source;
    private readonly CompactTokenStream _tokens;
    private readonly IReadOnlyList<IToken> _unclosed;

    public SyntaxErrors(SourceText source, CompactTokenStream tokens, IReadOnlyList<IToken> unclosed)
    {
        _source = source;
        _tokens = tokens;
        _unclosed = unclosed;
    }

    public override void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line,
        int charPositionInLine, string msg, RecognitionException e)
    {
        var context = (recognizer as Parser)?.Context;
        throw Explain(offendingSymbol, context);
    }

    /// <summary>Builds the message for an unexpected <paramref name="token"/> met while parsing <paramref name="context"/>.</summary>
    private ParseException Explain(IToken token, RuleContext? context)
    {
        var previous = token.TokenIndex > 0 ? _tokens.NewToken(token.TokenIndex - 1) : null;
        var atEnd = token.Type == TokenConstants.EOF;
        var inParameters = context is SymbolicParser.ParameterListContext;
        var inHeader = inParameters || context is SymbolicParser.DefinitionContext;

        // Errors at the end of input point just past the last token; others point at the token.
        var at = atEnd && previous is not null
            ? _source.Span(TokenFacts.End(previous), TokenFacts.End(previous))
            : _source.Span(token);
        var text = _source.Text;

        if (previous is null)
        {
            return atEnd ? Errors.EmptyInput(at, text) : Errors.ExpressionExpectedBefore(TokenFacts.Describe(token), at, text);
        }

        if (token.Type == SymbolicLexer.LET)
        {
            return Errors.LetNotFirst(at, text);
        }

        if (!TokenFacts.EndsOperand(previous))
        {
            var p = previous.Text;
            if (previous.Type == SymbolicLexer.LET) return Errors.NameExpectedAfterLet(at, text);
            if (inParameters) return Errors.ParameterExpectedAfter(p, at, text);
            if (TokenFacts.IsOperator(previous)) return Errors.MissingOperand(p, at, text);
            if (previous.Type == SymbolicLexer.LPAREN && token.Type == SymbolicLexer.RPAREN)
            {
                return Errors.EmptyParentheses(at, text);
            }
            return Errors.ExpressionExpectedAfter(p, at, text);
        }

        // The previous token ends an operand, so something other than an operator came next.
        if (inHeader)
        {
            if (inParameters && previous.Type is SymbolicLexer.IDENT)
            {
                return Errors.CommaOrParenthesisExpected(previous.Text, at, text);
            }
            var header = _source.Text[_tokens.StartAt(0)..TokenFacts.End(previous)];
            return Errors.EqualsExpected(TokenFacts.Shorten(header), at, text);
        }

        if (atEnd && _unclosed.Count > 0)
        {
            var opener = _unclosed[^1];
            var written = _source.Text[opener.StartIndex..TokenFacts.End(previous)];
            return Errors.CloserExpected(TokenFacts.CloserFor(opener), TokenFacts.Shorten(written), at, text);
        }

        return token.Type switch
        {
            SymbolicLexer.ASSIGN when context is SymbolicParser.StatementContext or SymbolicParser.ExpressionStatementContext
                => Errors.DefinitionWithoutLet(at, text),
            SymbolicLexer.ASSIGN => Errors.NamedOutsideCall(at, text),
            SymbolicLexer.COMMA when context is SymbolicParser.StatementContext or SymbolicParser.ExpressionStatementContext
                => Errors.ListOutsideBrackets(at, text),
            // grad(f)(3, 4): a result is not a function; its value at a point comes from eval.
            SymbolicLexer.COMMA when context is SymbolicParser.ParenthesizedContext
                => Errors.CommaInParentheses(at, text),
            _ => Errors.UnexpectedToken(TokenFacts.Describe(token), TokenFacts.Shorten(previous.Text), at, text),
        };
    }
}

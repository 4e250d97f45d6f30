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
    private readonly ITokenStream _tokens;
    private readonly IReadOnlyList<IToken> _unclosed;

    public SyntaxErrors(SourceText source, ITokenStream tokens, IReadOnlyList<IToken> unclosed)
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
        var previous = token.TokenIndex > 0 ? _tokens.Get(token.TokenIndex - 1) : null;
        var atEnd = token.Type == TokenConstants.EOF;
        var inParameters = context is SymbolicParser.ParameterListContext;
        var inHeader = inParameters || context is SymbolicParser.DefinitionContext;

        // Errors at the end of input point just past the last token; others point at the token.
        ParseException Here(string message) => atEnd && previous is not null
            ? _source.Error(message, TokenFacts.End(previous), TokenFacts.End(previous))
            : _source.Error(message, token.StartIndex, TokenFacts.End(token));

        if (previous is null)
        {
            return Here(atEnd ? "empty input: expected an expression" : $"expected an expression before {TokenFacts.Describe(token)}");
        }

        if (token.Type == SymbolicLexer.LET)
        {
            return Here("unexpected 'let': a definition must start the input (let x = ..., let f(x) = ...)");
        }

        if (!TokenFacts.EndsOperand(previous))
        {
            var p = previous.Text;
            if (previous.Type == SymbolicLexer.LET) return Here("expected a name after 'let'");
            if (inParameters) return Here($"expected a parameter name after '{p}'");
            if (TokenFacts.IsOperator(previous)) return Here($"missing operand after '{p}'");
            if (previous.Type == SymbolicLexer.LPAREN && token.Type == SymbolicLexer.RPAREN)
            {
                return Here("empty parentheses: expected an expression inside '()'");
            }
            return Here($"expected an expression after '{p}'");
        }

        // The previous token ends an operand, so something other than an operator came next.
        if (inHeader)
        {
            if (inParameters && previous.Type is SymbolicLexer.IDENT)
            {
                return Here($"expected ',' or ')' after parameter '{previous.Text}'");
            }
            var header = _source.Text[_tokens.Get(0).StartIndex..TokenFacts.End(previous)];
            return Here($"expected '=' after '{TokenFacts.Shorten(header)}'");
        }

        if (atEnd && _unclosed.Count > 0)
        {
            var opener = _unclosed[^1];
            var written = _source.Text[opener.StartIndex..TokenFacts.End(previous)];
            return Here($"expected '{TokenFacts.CloserFor(opener)}' after '{TokenFacts.Shorten(written)}'");
        }

        return token.Type switch
        {
            SymbolicLexer.ASSIGN when context is SymbolicParser.StatementContext or SymbolicParser.ExpressionStatementContext
                => Here("unexpected '=': a definition starts with 'let' (let x = ..., let f(x) = ...)"),
            SymbolicLexer.ASSIGN => Here("unexpected '=': only a call's arguments can be named (f(x, n=2))"),
            SymbolicLexer.COMMA when context is SymbolicParser.StatementContext or SymbolicParser.ExpressionStatementContext
                => Here("unexpected ',': a list of values goes inside brackets, [a, b]"),
            // grad(f)(3, 4): a result is not a function; its value at a point comes from eval.
            SymbolicLexer.COMMA when context is SymbolicParser.ParenthesizedContext
                => Here("unexpected ',': parentheses hold one expression; to evaluate a result at a point write eval(e, x=3, y=4), and a list goes in brackets, [a, b]"),
            _ => Here($"unexpected {TokenFacts.Describe(token)} after '{TokenFacts.Shorten(previous.Text)}'"),
        };
    }
}

using Antlr4.Runtime;
using Symbolic.Grammar;

namespace Symbolic.Syntax;

/// <summary>
/// One pass over the tokens before parsing. It finds what a token-level view explains best — stray
/// characters, unbalanced brackets, two operands side by side (<c>x y</c>, <c>2 3</c>) — and measures the
/// nesting depth, refusing input deeper than the limit before any recursive code sees it.
/// </summary>
internal sealed class TokenScanner
{
    private readonly SourceText _source;
    private readonly int _maxDepth;

    public TokenScanner(SourceText source, int maxDepth)
    {
        _source = source;
        _maxDepth = maxDepth;
    }

    /// <summary>The deepest nesting seen.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>Brackets still open at the end of input, outermost first.</summary>
    public IReadOnlyList<IToken> Unclosed { get; private set; } = [];

    /// <summary>The first error found, or null. A depth error is thrown at once instead.</summary>
    public ParseException? FirstError { get; private set; }

    /// <summary>Scans <paramref name="tokens"/> (the last one is EOF), making token objects only where one is needed.</summary>
    public void Scan(CompactTokenStream tokens)
    {
        // One frame per open bracket (plus the top level): how many ^ wait for their exponent to end there.
        // Indices, not token objects: the stream reuses those.
        var openers = new List<int>();
        var chains = new List<int> { 0 };
        var depth = 0;
        var inLetHeader = tokens.Count > 0 && tokens.TypeAt(0) == SymbolicLexer.LET;
        var previousType = TokenConstants.InvalidType;

        // Most tokens are only counted by type: a token object is made where a message or the openers need one.
        for (var i = 0; i < tokens.Count; i++)
        {
            var type = tokens.TypeAt(i);
            if (type == TokenConstants.EOF) break;
            var previousEndsOperand = i > 0 && TokenFacts.EndsOperand(previousType);
            switch (type)
            {
                case SymbolicLexer.ERROR_CHAR:
                    Report(UnexpectedCharacter(tokens.NewToken(i)));
                    break;
                case SymbolicLexer.LPAREN or SymbolicLexer.LBRACK or SymbolicLexer.CALL_OPEN:
                    if (previousEndsOperand && !inLetHeader && CheckJuxtaposition(tokens.NewToken(i - 1), tokens.NewToken(i)))
                    {
                        EndChain(chains, ref depth);
                    }
                    openers.Add(i);
                    chains.Add(0);
                    depth++;
                    break;
                case SymbolicLexer.RPAREN or SymbolicLexer.RBRACK:
                    if (openers.Count == 0)
                    {
                        var token = tokens.NewToken(i);
                        Report(Errors.UnmatchedCloser(token.Text, token.Type == SymbolicLexer.RPAREN ? '(' : '[', _source.Span(token), _source.Text));
                        break;
                    }
                    if ((tokens.TypeAt(openers[^1]) == SymbolicLexer.LBRACK) != (type == SymbolicLexer.RBRACK))
                    {
                        var (token, opener) = (tokens.NewToken(i), tokens.NewToken(openers[^1]));
                        var openedAt = _source.Span(opener.StartIndex, opener.StartIndex);
                        Report(Errors.MismatchedCloser(token.Text, opener.Text, openedAt, TokenFacts.CloserFor(opener), _source.Span(token), _source.Text));
                    }
                    depth -= 1 + chains[^1];
                    openers.RemoveAt(openers.Count - 1);
                    chains.RemoveAt(chains.Count - 1);
                    break;
                case SymbolicLexer.CARET or SymbolicLexer.STARSTAR:
                    chains[^1]++;
                    depth++;
                    break;
                case SymbolicLexer.PLUS or SymbolicLexer.MINUS:
                    // Binary after an operand; unary signs do not end a chain of powers (2^-2^-2).
                    if (previousEndsOperand) EndChain(chains, ref depth);
                    break;
                case SymbolicLexer.STAR or SymbolicLexer.SLASH or SymbolicLexer.COMMA:
                    EndChain(chains, ref depth);
                    break;
                case SymbolicLexer.ASSIGN:
                    EndChain(chains, ref depth);
                    inLetHeader = false;
                    break;
                case SymbolicLexer.NUMBER or SymbolicLexer.IDENT:
                    if (previousEndsOperand && !inLetHeader)
                    {
                        if (CheckJuxtaposition(tokens.NewToken(i - 1), tokens.NewToken(i))) EndChain(chains, ref depth);
                    }
                    break;
            }

            if (depth > _maxDepth)
            {
                throw Errors.NestedTooDeep(_maxDepth, _source.Span(tokens.NewToken(i)), _source.Text);
            }
            MaxDepth = Math.Max(MaxDepth, depth);
            previousType = type;
        }
        Unclosed = openers.Select(tokens.NewToken).ToList();
    }

    private static void EndChain(List<int> chains, ref int depth)
    {
        depth -= chains[^1];
        chains[^1] = 0;
    }

    /// <summary>
    /// Checks an operand-starting token right after an operand. Calls (<c>f(x)</c>) and implicit
    /// multiplication after a number or a closing parenthesis (<c>2x</c>, <c>3(a+b)</c>, <c>(a)(b)</c>) are
    /// fine; anything else (<c>x y</c>, <c>2 3</c>, <c>x 2</c>, <c>[1] x</c>) is reported. Returns true for
    /// implicit multiplication, which ends a chain of powers as <c>*</c> does.
    /// </summary>
    private bool CheckJuxtaposition(IToken previous, IToken token)
    {
        if (previous.Type is SymbolicLexer.NUMBER or SymbolicLexer.RPAREN
            && token.Type is SymbolicLexer.IDENT or SymbolicLexer.LPAREN or SymbolicLexer.CALL_OPEN)
        {
            return true;
        }
        var left = TokenFacts.Shorten(previous.Text, 20);
        var right = TokenFacts.Shorten(token.Type == SymbolicLexer.CALL_OPEN ? TokenFacts.CallName(token) : token.Text, 20);
        if (previous.Type == SymbolicLexer.IDENT && FunctionTable.Find(previous.Text) is not null && token.Type is SymbolicLexer.IDENT or SymbolicLexer.NUMBER)
        {
            // sin x: a function name before its argument wants parentheses, not a product.
            Report(Errors.FunctionNeedsParentheses(left, right, _source.Span(token), _source.Text));
            return false;
        }
        Report(Errors.MissingOperator(left, right, _source.Span(token), _source.Text));
        return false;
    }

    private ParseException UnexpectedCharacter(IToken token)
    {
        var text = _source.Text;
        var start = token.StartIndex;
        var c = text[start];
        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            return Errors.UnexpectedCharacter(text.Substring(start, 2), _source.Span(start, start + 2), text);
        }
        if (char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c))
        {
            var kind = char.IsControl(c) ? "control character" : char.IsSurrogate(c) ? "unpaired surrogate" : "space character";
            return Errors.UnexpectedInvisibleCharacter(kind, c, _source.Span(start, start + 1), text);
        }
        return Errors.UnexpectedCharacter(c.ToString(), _source.Span(start, start + 1), text);
    }

    private void Report(ParseException error) => FirstError ??= error;
}

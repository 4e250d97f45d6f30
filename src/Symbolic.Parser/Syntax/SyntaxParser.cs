using Antlr4.Runtime;
using Symbolic.Grammar;

namespace Symbolic.Syntax;

/// <summary>
/// Parses text in the grammar of <c>grammar/Symbolic.g4</c> into syntax records. Every bad input raises a
/// <see cref="ParseException"/> with a readable message and a 1-based line and column; nothing is printed.
/// Input nested up to <see cref="MaxNestingDepth"/> levels parses without risk to the stack; deeper or longer
/// input than the limits is refused with a clear error.
/// </summary>
/// <example>
/// <code>
/// var statement = SyntaxParser.ParseStatement("let f(x, y) = x^2 - x*y");
/// var node = SyntaxParser.ParseExpression("2 sin(x)^2");   // 2*(sin(x)^2), the * implicit
/// </code>
/// </example>
public static class SyntaxParser
{
    /// <summary>
    /// The default limit on nesting: open brackets and calls, plus each <c>^</c> whose exponent is still open,
    /// counted at any point of the input.
    /// </summary>
    public const int MaxNestingDepth = 10_000;

    /// <summary>The default limit on input length, in UTF-16 characters.</summary>
    public const int MaxInputLength = 4_000_000;

    /// <summary>Parses one statement: <c>let f(x, y) = body</c>, <c>let a = body</c>, or an expression.</summary>
    /// <exception cref="ParseException">The text is not a valid statement, or exceeds the limits.</exception>
    public static StatementSyntax ParseStatement(string text, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParserOptions.Default;
        var source = new SourceText(text);
        if (text.Length > options.MaxInputLength)
        {
            throw Errors.InputTooLong(text.Length, options.MaxInputLength, source.Span(options.MaxInputLength, options.MaxInputLength), text);
        }

        var lexer = new SymbolicLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = new CompactTokenStream(lexer, source);
        try
        {
            return Parse(source, tokens, options);
        }
        finally
        {
            tokens.Release();
        }
    }

    private static StatementSyntax Parse(SourceText source, CompactTokenStream tokens, ParserOptions options)
    {
        tokens.Fill();
        if (tokens.Count <= 1) throw Errors.EmptyInput(source.Span(0, 0), source.Text);

        var scanner = new TokenScanner(source, options.MaxNestingDepth);
        scanner.Scan(tokens);

        return DeepStack.Run(() =>
        {
            var builder = new AstBuilder(source, tokens);
            var parser = new SyntaxBuildingParser(tokens, source, options.MaxNestingDepth, builder);
            parser.ErrorHandler = new QuickSyncErrorStrategy();
            parser.RemoveErrorListeners();
            parser.AddErrorListener(new SyntaxErrors(source, tokens, scanner.Unclosed));
            SymbolicParser.StatementContext tree;
            try
            {
                tree = parser.statement();
            }
            catch (ParseException parseError) when (scanner.FirstError is { } scanError
                && scanError.Span!.Value.Start <= parseError.Span!.Value.Start)
            {
                // The token scan explains problems such as 'x y' or an unmatched ')' better; it wins when it is first.
                throw scanError;
            }
            if (scanner.FirstError is { } error) throw error;
            return builder.BuildStatement(tree);
        }, scanner.MaxDepth);
    }

    /// <summary>Parses an expression; a definition (<c>let ...</c>) is an error here.</summary>
    /// <exception cref="ParseException">The text is not a valid expression, or exceeds the limits.</exception>
    public static SyntaxNode ParseExpression(string text, ParserOptions? options = null)
    {
        var statement = ParseStatement(text, options);
        if (statement is ExpressionStatementSyntax expression) return expression.Expression;
        var at = statement.Span;
        throw Errors.DefinitionNotAllowed(at with { Length = Math.Min(at.Length, 3) }, text);
    }
}

using Antlr4.Runtime;
using Symbolic.Grammar;
using Symbolic.Syntax;

namespace Symbolic.Parser.Tests;

/// <summary>
/// The token buffer reused from one parse to the next carries nothing over, and the token objects reused within a
/// parse never show through: tokens far behind the parser (more than its ring of recent tokens) keep their text and
/// place in records and messages.
/// </summary>
public class CompactTokenStreamTests
{
    private static readonly string Hundred = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"x{i}"));

    [Fact]
    public void Tokens_FromTheRingAndOfTheirOwn_KnowTheirLineAndColumn()
    {
        const string text = "a +\n  bb\n";
        var tokens = new CompactTokenStream(new SymbolicLexer(new AntlrInputStream(text)), new SourceText(text));
        tokens.Fill();
        Assert.Equal((SymbolicLexer.IDENT, 2, 2, 6, 7), Describe(tokens.Get(2)));
        Assert.Equal((SymbolicLexer.PLUS, 1, 2, 2, 2), Describe(tokens.NewToken(1)));
        Assert.Equal((TokenConstants.EOF, 3, 0, 9, 8), Describe(tokens.Get(3)));
        Assert.Equal((SymbolicLexer.IDENT, 1, 0, 0, 0), Describe(tokens.Get(0)));
        Assert.Equal("bb", tokens.TextAt(2));

        static (int, int, int, int, int) Describe(IToken token) => (token.Type, token.Line, token.Column, token.StartIndex, token.StopIndex);
    }

    [Fact]
    public void Parse_CallWithManyArguments_KeepsEverySpan()
    {
        var text = $"f({Hundred}, n = (y))";
        var call = Assert.IsType<CallSyntax>(SyntaxParser.ParseExpression(text));
        Assert.Equal((0, text.Length), (call.Span.Start, call.Span.Length));
        Assert.Equal(101, call.Arguments.Count);
        Assert.Equal(("x99", text.IndexOf("x99", StringComparison.Ordinal)), (((IdentifierSyntax)call.Arguments[99].Value).Name, call.Arguments[99].Span.Start));
        Assert.Equal(("n", text.IndexOf("n =", StringComparison.Ordinal), 7), (call.Arguments[100].Name, call.Arguments[100].Span.Start, call.Arguments[100].Span.Length));
    }

    [Fact]
    public void ParseStatement_ParameterRepeatedFarFromTheFirst_PointsAtTheRepeat()
    {
        var text = $"let f({Hundred}, x0) = 1";
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseStatement(text));
        Assert.Equal("parameter 'x0' is declared twice", error.Message);
        Assert.Equal(text.LastIndexOf("x0", StringComparison.Ordinal) + 1, error.Column);
    }

    [Fact]
    public void ParseStatement_LongHeaderWithoutEquals_QuotesTheHeaderFromItsStart()
    {
        var text = $"let f({Hundred}) x";
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseStatement(text));
        Assert.Equal($"expected '=' after '{text[..39]}…'", error.Message);
    }

    [Fact]
    public void ParseExpression_BracketOpenedFarBack_IsNamedInTheError()
    {
        var text = $"1 + [{Hundred}";
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression(text));
        Assert.Equal($"expected ']' after '{text[4..43]}…'", error.Message);
        Assert.Equal(text.Length + 1, error.Column);
    }

    [Fact]
    public void ParseExpression_MismatchedCloserFarFromItsOpener_NamesTheOpener()
    {
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression($"2 + [{Hundred})"));
        Assert.Equal("')' does not match the '[' opened at line 1, column 5: expected ']'", error.Message);
    }

    [Fact]
    public void Parse_AfterALongerInputAndAFailedOne_SeesOnlyItsOwnTokens()
    {
        SyntaxParser.ParseExpression(string.Join(" + ", Enumerable.Range(0, 500).Select(i => $"x{i}")));
        Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression("a + (b *"));
        Assert.Equal("2*a", Expressions.Print(Expressions.Parse("2a")));
    }

    [Fact]
    public void Parse_OnManyThreadsAtOnce_GivesTheSameResults()
    {
        var texts = Enumerable.Range(1, 40).Select(n => string.Join(" - ", Enumerable.Range(0, n).Select(i => $"{i + 1}*y{i}^2"))).ToArray();
        var expected = texts.Select(t => Expressions.Print(Expressions.Parse(t))).ToArray();
        Parallel.For(0, 400, i => Assert.Equal(expected[i % 40], Expressions.Print(Expressions.Parse(texts[i % 40]))));
    }
}

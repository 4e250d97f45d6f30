using Antlr4.Runtime;
using Symbolic.Grammar;
using Symbolic.Syntax;

namespace Symbolic.Parser.Tests;

/// <summary>Syntax records built during the parse, without a parse tree: the same records, spans and errors.</summary>
public class SyntaxBuildingParserTests
{
    [Fact]
    public void Parse_BuildsNoParseTree()
    {
        const string text = "a + 2*b";
        var source = new SourceText(text);
        var tokens = new CompactTokenStream(new SymbolicLexer(new AntlrInputStream(text)), source);
        tokens.Fill();
        var parser = new SyntaxBuildingParser(tokens, source, 100, new AstBuilder(source, tokens));
        Assert.Equal(0, parser.statement().ChildCount);
    }

    [Fact]
    public void Parse_CallsVectorsAndBrackets_KeepTheirSpans()
    {
        var call = Assert.IsType<CallSyntax>(SyntaxParser.ParseExpression("f(a, n = (b))"));
        Assert.Equal((0, 13), (call.Span.Start, call.Span.Length));
        Assert.Equal((0, 1), (call.NameSpan.Start, call.NameSpan.Length));
        Assert.Equal([null, "n"], call.Arguments.Select(a => a.Name));
        Assert.Equal((5, 7), (call.Arguments[1].Span.Start, call.Arguments[1].Span.Length));
        Assert.Equal((9, 3), (call.Arguments[1].Value.Span.Start, call.Arguments[1].Value.Span.Length));

        var vector = Assert.IsType<VectorSyntax>(SyntaxParser.ParseExpression("[1, -x^2, []]"));
        Assert.Equal(3, vector.Items.Count);
        Assert.Equal((4, 4), (vector.Items[1].Span.Start, vector.Items[1].Span.Length));
        Assert.Empty(Assert.IsType<VectorSyntax>(vector.Items[2]).Items);
    }

    [Fact]
    public void Parse_SignedExponentChain_NestsToTheRight()
    {
        var top = Assert.IsType<BinarySyntax>(SyntaxParser.ParseExpression("a^-b**c"));
        Assert.Equal(BinaryOperator.Power, top.Operator);
        var exponent = Assert.IsType<UnarySyntax>(top.Right);
        Assert.Equal((2, 5), (exponent.Span.Start, exponent.Span.Length));
        Assert.Equal(BinaryOperator.Power, Assert.IsType<BinarySyntax>(exponent.Operand).Operator);
    }

    [Fact]
    public void ParseStatement_Definitions_KeepNamesParametersAndSpans()
    {
        var function = Assert.IsType<FunctionDefinitionSyntax>(SyntaxParser.ParseStatement("let f(x, y) = x*y"));
        Assert.Equal("f", function.Name);
        Assert.Equal(["x", "y"], function.Parameters);
        Assert.Equal((0, 17), (function.Span.Start, function.Span.Length));
        var none = Assert.IsType<FunctionDefinitionSyntax>(SyntaxParser.ParseStatement("let g() = 1"));
        Assert.Empty(none.Parameters);
        var value = Assert.IsType<ValueDefinitionSyntax>(SyntaxParser.ParseStatement("let a = (1) "));
        Assert.Equal(("a", 0, 11), (value.Name, value.Span.Start, value.Span.Length));
    }

    [Fact]
    public void ParseStatement_DuplicateParameterAndLaterSyntaxError_ReportsTheSyntaxError()
    {
        // The statement is built only after the whole parse succeeded, as with a parse tree.
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseStatement("let f(x, x) = x +"));
        Assert.DoesNotContain("declared twice", error.Message);
    }

    [Fact]
    public void Parse_ErrorInsideNestedRules_IsReportedAndTheNextParseIsClean()
    {
        Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression("[f(1, (2 +)), 3]"));
        Assert.IsType<VectorSyntax>(SyntaxParser.ParseExpression("[f(1, (2 + 3)), 3]"));
    }

    [Fact]
    public void QuickSync_KnowsExactlyTheTokensOfEachStatesExpectedSet()
    {
        var atn = SymbolicParser._ATN;
        var checkedPairs = 0;
        foreach (var state in atn.states)
        {
            var expected = atn.NextTokens(state);
            for (var type = 1; type <= SymbolicLexer.ERROR_CHAR; type++, checkedPairs++)
                Assert.Equal(expected.Contains(type), QuickSyncErrorStrategy.Expects(state.stateNumber, type));
            Assert.False(QuickSyncErrorStrategy.Expects(state.stateNumber, TokenConstants.EOF));
            Assert.Equal(expected.Contains(TokenConstants.EPSILON), QuickSyncErrorStrategy.MayEndRule(state.stateNumber));
        }
        Assert.True(checkedPairs > 1000);
    }
}

using Antlr4.Runtime;
using Symbolic.Grammar;
using Symbolic.Syntax;

namespace Symbolic.Parser.Tests;

/// <summary>The parser's own guard on open rules, behind the token scan's depth limit.</summary>
public class DepthGuardedParserTests
{
    [Fact]
    public void Parse_NestedDeeperThanTheGuardAllows_IsAClearError()
    {
        const string text = "((((((x))))))";
        var tokens = new CommonTokenStream(new SymbolicLexer(new AntlrInputStream(text)));
        var parser = new DepthGuardedParser(tokens, new SourceText(text), maxDepth: 1);
        parser.RemoveErrorListeners();
        var error = Assert.Throws<ParseException>(() => parser.statement());
        Assert.Equal("the expression is nested deeper than 1 levels", error.Message);
    }

    [Fact]
    public void Parse_WithinTheGuard_BuildsTheTree()
    {
        const string text = "((((((x))))))";
        var tokens = new CommonTokenStream(new SymbolicLexer(new AntlrInputStream(text)));
        var parser = new DepthGuardedParser(tokens, new SourceText(text), maxDepth: 6);
        parser.RemoveErrorListeners();
        Assert.Equal(text + "<EOF>", parser.statement().GetText());
    }
}
